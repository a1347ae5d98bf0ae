-- The competency dictionary (PermenPAN-RB 38/2017): technical competencies of each agency, and the national
-- managerial and socio-cultural ones (agency_id NULL). Editing a competency makes a new revision; assessments
-- keep pointing at the revision they were made against, and retired competencies stay readable.
-- agency_id refers to platform.agency by value only: modules do not tie their schemas to each other.

CREATE SEQUENCE competency_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE competency (
    id                BIGINT PRIMARY KEY,
    agency_id         BIGINT,
    code              VARCHAR(32)  NOT NULL,
    category          VARCHAR(16)  NOT NULL CHECK (category IN ('TECHNICAL', 'MANAGERIAL', 'SOCIO_EMOTIONAL')),
    current_revision  INTEGER      NOT NULL,
    retired_at        TIMESTAMPTZ,
    retired_by        VARCHAR(100),
    version           BIGINT       NOT NULL DEFAULT 0,
    -- Only the national dictionary is managerial or socio-cultural; agencies write technical ones.
    CHECK ((agency_id IS NULL) = (category <> 'TECHNICAL'))
);
CREATE UNIQUE INDEX competency_agency_code_idx ON competency (agency_id, code) WHERE agency_id IS NOT NULL;
CREATE UNIQUE INDEX competency_national_code_idx ON competency (code) WHERE agency_id IS NULL;

CREATE SEQUENCE competency_revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE competency_revision (
    id              BIGINT PRIMARY KEY,
    competency_id   BIGINT       NOT NULL REFERENCES competency (id) DEFERRABLE INITIALLY DEFERRED,
    revision        INTEGER      NOT NULL,
    name_id         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200),
    definition_id   TEXT,
    definition_en   TEXT,
    -- False where the texts are summaries, not the regulation's own wording (see the seed data).
    official_text   BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    UNIQUE (competency_id, revision)
);

CREATE TABLE proficiency_level (
    revision_id     BIGINT   NOT NULL REFERENCES competency_revision (id) DEFERRABLE INITIALLY DEFERRED,
    level           SMALLINT NOT NULL CHECK (level BETWEEN 1 AND 5),
    description_id  TEXT,
    description_en  TEXT,
    -- Behavioural indicators, one a line.
    indicators      TEXT     NOT NULL DEFAULT '',
    PRIMARY KEY (revision_id, level)
);
