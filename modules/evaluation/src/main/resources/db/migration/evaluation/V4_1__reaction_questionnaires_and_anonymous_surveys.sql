-- Level 1 (reaction): questionnaires, the survey of each completed class (and the participants' follow-up
-- questionnaire when the level-3 follow-up falls due), each participant's invitation, and the answers.
--
-- Anonymity is built into the tables: a response carries a random UUID and its survey, never the employee, the
-- invitation nor a time; the invitation only records that it was answered. Nothing links a response to a person.

-- agency_id null: the standard questionnaires shipped with Bina, which every agency uses until it activates its own.
CREATE SEQUENCE questionnaire_seq START WITH 50 INCREMENT BY 1;
CREATE TABLE questionnaire (
    id          BIGINT        PRIMARY KEY,
    agency_id   BIGINT,
    kind        VARCHAR(16)   NOT NULL CHECK (kind IN ('REACTION', 'FOLLOW_UP')),
    title       VARCHAR(200)  NOT NULL,
    -- The agency's questionnaire for new surveys of its kind (at most one per agency and kind).
    active      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX questionnaire_active_idx ON questionnaire (agency_id, kind) WHERE active;
CREATE INDEX questionnaire_agency_idx ON questionnaire (agency_id);

-- position: the item's order (1-based); section groups the items (CONTENT, TRAINER, ORGANISATION, FACILITIES,
-- USEFULNESS, GENERAL). A questionnaire's items are frozen once a survey uses it, so results stay interpretable.
CREATE TABLE questionnaire_item (
    questionnaire_id  BIGINT        NOT NULL REFERENCES questionnaire (id) DEFERRABLE INITIALLY DEFERRED,
    position          SMALLINT      NOT NULL CHECK (position >= 1),
    section           VARCHAR(16)   NOT NULL,
    text              VARCHAR(500)  NOT NULL,
    kind              VARCHAR(8)    NOT NULL CHECK (kind IN ('LIKERT', 'TEXT')),
    required          BOOLEAN       NOT NULL,
    PRIMARY KEY (questionnaire_id, position)
);

CREATE SEQUENCE reaction_survey_seq START WITH 50 INCREMENT BY 1;
CREATE TABLE reaction_survey (
    id                BIGINT       PRIMARY KEY,
    agency_id         BIGINT       NOT NULL,
    class_id          BIGINT       NOT NULL REFERENCES evaluated_class (class_id) DEFERRABLE INITIALLY DEFERRED,
    kind              VARCHAR(16)  NOT NULL CHECK (kind IN ('REACTION', 'FOLLOW_UP')),
    questionnaire_id  BIGINT       NOT NULL REFERENCES questionnaire (id) DEFERRABLE INITIALLY DEFERRED,
    opens_on          DATE         NOT NULL,
    -- Answers are taken up to and including this day (agency calendar); results show only after it.
    closes_on         DATE         NOT NULL,
    UNIQUE (class_id, kind)
);
CREATE INDEX reaction_survey_agency_idx ON reaction_survey (agency_id, closes_on);

CREATE SEQUENCE survey_invitation_seq START WITH 50 INCREMENT BY 1;
CREATE TABLE survey_invitation (
    id           BIGINT   PRIMARY KEY,
    survey_id    BIGINT   NOT NULL REFERENCES reaction_survey (id) DEFERRABLE INITIALLY DEFERRED,
    employee_id  BIGINT   NOT NULL,
    answered     BOOLEAN  NOT NULL DEFAULT FALSE,
    UNIQUE (survey_id, employee_id)
);
CREATE INDEX survey_invitation_employee_idx ON survey_invitation (employee_id, answered);

CREATE TABLE survey_response (
    id         UUID    PRIMARY KEY,
    survey_id  BIGINT  NOT NULL REFERENCES reaction_survey (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX survey_response_survey_idx ON survey_response (survey_id);

CREATE TABLE survey_answer (
    response_id  UUID           NOT NULL REFERENCES survey_response (id) DEFERRABLE INITIALLY DEFERRED,
    position     SMALLINT       NOT NULL,
    score        SMALLINT       CHECK (score BETWEEN 1 AND 5),
    comment      VARCHAR(2000),
    PRIMARY KEY (response_id, position)
);

-- The standard questionnaires (Bahasa Indonesia, as participants read them).
INSERT INTO questionnaire (id, agency_id, kind, title, active, created_by, created_at, updated_by, updated_at)
VALUES (1, NULL, 'REACTION', 'Kuesioner reaksi peserta (standar)', FALSE, 'system', now(), 'system', now()),
       (2, NULL, 'FOLLOW_UP', 'Kuesioner tindak lanjut pasca-pelatihan (standar)', FALSE, 'system', now(), 'system', now());

INSERT INTO questionnaire_item (questionnaire_id, position, section, text, kind, required) VALUES
 (1, 1, 'CONTENT', 'Materi pelatihan sesuai dengan kebutuhan pekerjaan saya.', 'LIKERT', TRUE),
 (1, 2, 'CONTENT', 'Materi disusun runtut dan mudah dipahami.', 'LIKERT', TRUE),
 (1, 3, 'TRAINER', 'Widyaiswara/pengajar menguasai materi.', 'LIKERT', TRUE),
 (1, 4, 'TRAINER', 'Widyaiswara/pengajar menyampaikan materi dengan jelas dan memberi kesempatan bertanya.', 'LIKERT', TRUE),
 (1, 5, 'ORGANISATION', 'Penyelenggaraan (jadwal, informasi, layanan panitia) berjalan baik.', 'LIKERT', TRUE),
 (1, 6, 'FACILITIES', 'Sarana dan prasarana (ruang, perangkat, platform daring) mendukung pembelajaran.', 'LIKERT', TRUE),
 (1, 7, 'USEFULNESS', 'Pelatihan ini bermanfaat dan dapat saya terapkan dalam pekerjaan.', 'LIKERT', TRUE),
 (1, 8, 'GENERAL', 'Saran dan komentar untuk perbaikan pelatihan ini.', 'TEXT', FALSE),
 (2, 1, 'USEFULNESS', 'Saya telah menerapkan hasil pelatihan dalam pekerjaan sehari-hari.', 'LIKERT', TRUE),
 (2, 2, 'USEFULNESS', 'Penerapan hasil pelatihan meningkatkan kinerja saya.', 'LIKERT', TRUE),
 (2, 3, 'ORGANISATION', 'Atasan dan rekan kerja mendukung penerapan hasil pelatihan.', 'LIKERT', TRUE),
 (2, 4, 'GENERAL', 'Hambatan yang saya hadapi dalam menerapkan hasil pelatihan.', 'TEXT', FALSE);
