-- Mentoring (pembimbingan): programmes, the mentor pool, mentor-mentee assignments with their agreement,
-- session logs and anonymous mentee feedback. Employee and competency ids refer to platform.employee and
-- competency.competency by value (no foreign key across schemas).

-- A programme the agency runs; confirmed sessions count jp_per_session JP toward the 20 JP a year.
CREATE SEQUENCE programme_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE programme (
    id                         BIGINT PRIMARY KEY,
    agency_id                  BIGINT        NOT NULL,
    name                       VARCHAR(200)  NOT NULL,
    kind                       VARCHAR(16)   NOT NULL CHECK (kind IN ('ONBOARDING', 'LEADERSHIP', 'TALENT_POOL', 'OTHER')),
    duration_months            SMALLINT      NOT NULL CHECK (duration_months BETWEEN 1 AND 36),
    target_sessions_per_month  SMALLINT      NOT NULL CHECK (target_sessions_per_month BETWEEN 1 AND 20),
    jp_per_session             NUMERIC(4, 2) NOT NULL CHECK (jp_per_session >= 0),
    unit_rule                  VARCHAR(16)   NOT NULL CHECK (unit_rule IN ('SAME_UNIT', 'DIFFERENT_UNIT', 'ANY')),
    updated_at                 TIMESTAMPTZ   NOT NULL,
    updated_by                 VARCHAR(100)  NOT NULL,
    version                    BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (agency_id, name)
);

-- An employee offering to mentor in some competencies; counts only once HR approved it (APPROVED).
CREATE SEQUENCE mentor_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mentor (
    id              BIGINT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    employee_id     BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('APPLIED', 'APPROVED')),
    max_mentees     SMALLINT      NOT NULL CHECK (max_mentees BETWEEN 1 AND 20),
    availability    VARCHAR(500),
    applied_by      VARCHAR(100)  NOT NULL,
    applied_at      TIMESTAMPTZ   NOT NULL,
    approved_by     VARCHAR(100),
    approved_at     TIMESTAMPTZ,
    version         BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (agency_id, employee_id)
);
CREATE TABLE mentor_competency (
    mentor_id      BIGINT NOT NULL REFERENCES mentor (id) DEFERRABLE INITIALLY DEFERRED,
    competency_id  BIGINT NOT NULL,
    PRIMARY KEY (mentor_id, competency_id)
);

-- One mentee with one mentor in one programme. A mentee's request names up to three ranked candidates;
-- mentor_id is the candidate it currently waits for.
CREATE SEQUENCE assignment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assignment (
    id                   BIGINT PRIMARY KEY,
    agency_id            BIGINT        NOT NULL,
    programme_id         BIGINT        NOT NULL REFERENCES programme (id) DEFERRABLE INITIALLY DEFERRED,
    mentee_employee_id   BIGINT        NOT NULL,
    mentor_id            BIGINT        REFERENCES mentor (id) DEFERRABLE INITIALLY DEFERRED,
    mentor_employee_id   BIGINT,
    status               VARCHAR(16)   NOT NULL CHECK (status IN ('REQUESTED', 'DECLINED', 'ACTIVE', 'PAUSED',
                                                                 'COMPLETED', 'ENDED_EARLY')),
    candidate_index      SMALLINT      NOT NULL DEFAULT 0,
    request_deadline     TIMESTAMPTZ,
    starts_on            DATE,
    ended_on             DATE,
    end_reason           VARCHAR(1000),
    ended_by             VARCHAR(100),
    action_plan          TEXT,
    mentor_signed_at     TIMESTAMPTZ,
    mentee_signed_at     TIMESTAMPTZ,
    feedback_given       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CHECK (status <> 'ENDED_EARLY' OR end_reason IS NOT NULL),
    CHECK (status IN ('REQUESTED', 'DECLINED') OR starts_on IS NOT NULL)
);
CREATE INDEX assignment_mentor_idx ON assignment (mentor_employee_id, status);
CREATE INDEX assignment_mentee_idx ON assignment (mentee_employee_id, status);
CREATE INDEX assignment_agency_idx ON assignment (agency_id, status);
-- One open mentoring (or request) per mentee and programme, even when two are made at once.
CREATE UNIQUE INDEX assignment_one_open_idx ON assignment (programme_id, mentee_employee_id)
    WHERE status IN ('REQUESTED', 'ACTIVE', 'PAUSED');
CREATE TABLE assignment_candidate (
    assignment_id  BIGINT   NOT NULL REFERENCES assignment (id) DEFERRABLE INITIALLY DEFERRED,
    rank           SMALLINT NOT NULL,
    mentor_id      BIGINT   NOT NULL REFERENCES mentor (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (assignment_id, rank)
);
-- The agreement's goals: target level by a due date, the mentee's own rating at the start, the final one.
CREATE TABLE assignment_goal (
    assignment_id  BIGINT   NOT NULL REFERENCES assignment (id) DEFERRABLE INITIALLY DEFERRED,
    position       SMALLINT NOT NULL,
    competency_id  BIGINT   NOT NULL,
    target_level   SMALLINT NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    due_on         DATE     NOT NULL,
    self_level     SMALLINT CHECK (self_level BETWEEN 1 AND 5),
    final_level    SMALLINT CHECK (final_level BETWEEN 1 AND 5),
    PRIMARY KEY (assignment_id, position)
);

-- A session the mentor logged. private_notes is the mentor's alone; shared_summary is for both parties;
-- HR sees dates, durations and counts only.
CREATE SEQUENCE session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE session (
    id                  BIGINT PRIMARY KEY,
    agency_id           BIGINT        NOT NULL,
    assignment_id       BIGINT        NOT NULL REFERENCES assignment (id) DEFERRABLE INITIALLY DEFERRED,
    mentor_employee_id  BIGINT        NOT NULL,
    mentee_employee_id  BIGINT        NOT NULL,
    held_on             DATE          NOT NULL,
    duration_minutes    SMALLINT      NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    mode                VARCHAR(16)   NOT NULL CHECK (mode IN ('IN_PERSON', 'ONLINE')),
    topics              VARCHAR(1000),
    shared_summary      TEXT,
    private_notes       TEXT,
    confirmed_at        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX session_assignment_idx ON session (assignment_id, held_on DESC);
CREATE TABLE session_competency (
    session_id     BIGINT NOT NULL REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,
    competency_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, competency_id)
);
CREATE TABLE session_action (
    session_id  BIGINT        NOT NULL REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,
    position    SMALLINT      NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    due_on      DATE,
    status      VARCHAR(8)    NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    PRIMARY KEY (session_id, position)
);

-- Mentee feedback, anonymous to the mentor: no mentee, no assignment and no time is stored with the
-- answers (the assignment only records that its feedback was given), so no row can be traced back.
CREATE SEQUENCE feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE feedback (
    id            BIGINT PRIMARY KEY,
    agency_id     BIGINT   NOT NULL,
    programme_id  BIGINT   NOT NULL REFERENCES programme (id) DEFERRABLE INITIALLY DEFERRED,
    mentor_id     BIGINT   NOT NULL REFERENCES mentor (id) DEFERRABLE INITIALLY DEFERRED,
    q1            SMALLINT NOT NULL CHECK (q1 BETWEEN 1 AND 5),
    q2            SMALLINT NOT NULL CHECK (q2 BETWEEN 1 AND 5),
    q3            SMALLINT NOT NULL CHECK (q3 BETWEEN 1 AND 5),
    q4            SMALLINT NOT NULL CHECK (q4 BETWEEN 1 AND 5),
    q5            SMALLINT NOT NULL CHECK (q5 BETWEEN 1 AND 5)
);
CREATE INDEX feedback_mentor_idx ON feedback (mentor_id, programme_id);
