-- Level 3 (behaviour): when a class is recorded, each completed participant's level in each competency the
-- course targets is kept (the level before), and a follow-up is scheduled a configurable number of months
-- after the last session. When it is due, each participant gets a re-assessment task for their direct
-- supervisor (the agency's HR managers when they have none), who rates the same competencies again (the
-- level after). Ids of other modules' rows are values (no foreign key across schemas).

CREATE TABLE behaviour_follow_up (
    class_id    BIGINT       PRIMARY KEY REFERENCES evaluated_class (class_id) DEFERRABLE INITIALLY DEFERRED,
    agency_id   BIGINT       NOT NULL,
    due_on      DATE         NOT NULL,
    -- Set once, when the tasks were created: a follow-up starts only once.
    started_at  TIMESTAMPTZ
);
CREATE INDEX behaviour_follow_up_due_idx ON behaviour_follow_up (due_on) WHERE started_at IS NULL;

-- level is null when the participant had no valid assessment in the competency at the time.
CREATE TABLE behaviour_level_before (
    class_id       BIGINT   NOT NULL REFERENCES evaluated_class (class_id) DEFERRABLE INITIALLY DEFERRED,
    employee_id    BIGINT   NOT NULL,
    competency_id  BIGINT   NOT NULL,
    level          SMALLINT CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (class_id, employee_id, competency_id)
);

-- Rows are created by SQL only (one statement per due class), never by JPA.
CREATE SEQUENCE reassessment_task_seq;
CREATE TABLE reassessment_task (
    id                    BIGINT       PRIMARY KEY,
    agency_id             BIGINT       NOT NULL,
    class_id              BIGINT       NOT NULL REFERENCES evaluated_class (class_id) DEFERRABLE INITIALLY DEFERRED,
    employee_id           BIGINT       NOT NULL,
    -- The participant's direct supervisor when the follow-up fell due; null: any HR manager of the agency.
    assessor_employee_id  BIGINT,
    due_on                DATE         NOT NULL,
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('OPEN', 'COMPLETED')),
    created_at            TIMESTAMPTZ  NOT NULL,
    completed_at          TIMESTAMPTZ,
    completed_by          VARCHAR(100),
    version               BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (class_id, employee_id)
);
CREATE INDEX reassessment_task_assessor_idx ON reassessment_task (agency_id, assessor_employee_id, status);
CREATE INDEX reassessment_task_agency_status_idx ON reassessment_task (agency_id, status, due_on);

CREATE TABLE reassessment_task_competency (
    task_id        BIGINT        NOT NULL REFERENCES reassessment_task (id) DEFERRABLE INITIALLY DEFERRED,
    competency_id  BIGINT        NOT NULL,
    level_before   SMALLINT      CHECK (level_before BETWEEN 1 AND 5),
    level_after    SMALLINT      CHECK (level_after BETWEEN 1 AND 5),
    note           VARCHAR(1000),
    -- The SUPERVISOR assessment recorded in the competency module.
    assessment_id  BIGINT,
    PRIMARY KEY (task_id, competency_id)
);
