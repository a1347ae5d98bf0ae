-- Evidence employees submit for a competency (certificate, decree, e-learning completion, mentoring record).
-- It counts only after a reviewer accepts it: acceptance records an assessment (method TRAINING_EVIDENCE)
-- named in assessment_id. employee_id, supervisor_employee_id and reviewer_employee_id refer to
-- platform.employee by value.
CREATE SEQUENCE evidence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evidence (
    id                      BIGINT PRIMARY KEY,
    agency_id               BIGINT        NOT NULL,
    employee_id             BIGINT        NOT NULL,
    supervisor_employee_id  BIGINT,
    competency_id           BIGINT        NOT NULL REFERENCES competency (id) DEFERRABLE INITIALLY DEFERRED,
    revision                INTEGER       NOT NULL,
    kind                    VARCHAR(24)   NOT NULL CHECK (kind IN ('CERTIFICATE', 'DECREE', 'E_LEARNING_COMPLETION',
                                                                  'MENTORING_RECORD', 'OTHER')),
    title                   VARCHAR(300)  NOT NULL,
    issued_on               DATE          NOT NULL,
    issuer                  VARCHAR(300),
    claimed_level           SMALLINT      NOT NULL CHECK (claimed_level BETWEEN 1 AND 5),
    note                    TEXT,
    file_content_type       VARCHAR(40),
    file_size               BIGINT,
    status                  VARCHAR(16)   NOT NULL CHECK (status IN ('WAITING', 'IN_REVIEW', 'ACCEPTED', 'REJECTED',
                                                                    'WITHDRAWN')),
    submitted_by            VARCHAR(100)  NOT NULL,
    submitted_at            TIMESTAMPTZ   NOT NULL,
    reviewer_employee_id    BIGINT,
    reviewer                VARCHAR(100),
    accepted_level          SMALLINT      CHECK (accepted_level BETWEEN 1 AND 5 AND accepted_level <= claimed_level),
    decision_note           TEXT,
    decided_at              TIMESTAMPTZ,
    assessment_id           BIGINT        REFERENCES assessment (id) DEFERRABLE INITIALLY DEFERRED,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CHECK (status <> 'REJECTED' OR decision_note IS NOT NULL),
    CHECK (status <> 'ACCEPTED' OR accepted_level IS NOT NULL)
);
CREATE INDEX evidence_employee_idx ON evidence (employee_id, submitted_at DESC);
-- Review queues: what waits in the agency (HR), what waits for one supervisor; decided rows drop out.
CREATE INDEX evidence_open_agency_idx ON evidence (agency_id, submitted_at) WHERE status IN ('WAITING', 'IN_REVIEW');
CREATE INDEX evidence_open_supervisor_idx ON evidence (supervisor_employee_id, submitted_at)
    WHERE status IN ('WAITING', 'IN_REVIEW');

-- The attached file, apart from the row so that lists never read it. Its type is checked by content.
CREATE TABLE evidence_file (
    evidence_id   BIGINT PRIMARY KEY REFERENCES evidence (id) DEFERRABLE INITIALLY DEFERRED,
    content_type  VARCHAR(40)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    content       BYTEA        NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL
);
