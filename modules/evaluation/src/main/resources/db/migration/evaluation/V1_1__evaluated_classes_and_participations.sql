-- What evaluation measures a training class by, copied from training's ClassCompleted event when a class is
-- completed: the class, its trainers, the competencies it targets and each confirmed participant's outcome.
-- Reports over courses, providers, units and periods aggregate these rows in SQL. Ids of other modules' rows
-- are values (no foreign key across schemas).

CREATE TABLE evaluated_class (
    class_id              BIGINT PRIMARY KEY,
    agency_id             BIGINT        NOT NULL,
    class_code            VARCHAR(40)   NOT NULL,
    class_name            VARCHAR(200)  NOT NULL,
    course_id             BIGINT        NOT NULL,
    course_code           VARCHAR(40)   NOT NULL,
    course_title          VARCHAR(300)  NOT NULL,
    course_type           VARCHAR(32)   NOT NULL,
    modality              VARCHAR(32)   NOT NULL,
    provider_name         VARCHAR(200),
    cost_per_participant  BIGINT        NOT NULL,
    lesson_hours          INTEGER       NOT NULL,
    first_session_on      DATE          NOT NULL,
    last_session_on       DATE          NOT NULL,
    passing_score         NUMERIC(5, 2),
    recorded_at           TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX evaluated_class_agency_period_idx ON evaluated_class (agency_id, last_session_on);
CREATE INDEX evaluated_class_agency_course_idx ON evaluated_class (agency_id, course_id);
CREATE INDEX evaluated_class_agency_provider_idx ON evaluated_class (agency_id, provider_name);

-- trainer_key names a trainer across classes: 'E<employee id>' for an employee, 'X<name>' for an outsider.
CREATE TABLE evaluated_class_trainer (
    class_id       BIGINT        NOT NULL REFERENCES evaluated_class (class_id) DEFERRABLE INITIALLY DEFERRED,
    trainer_key    VARCHAR(220)  NOT NULL,
    employee_id    BIGINT,
    external_name  VARCHAR(200),
    PRIMARY KEY (class_id, trainer_key)
);

CREATE TABLE evaluated_class_target (
    class_id       BIGINT    NOT NULL REFERENCES evaluated_class (class_id) DEFERRABLE INITIALLY DEFERRED,
    competency_id  BIGINT    NOT NULL,
    target_level   SMALLINT  NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    PRIMARY KEY (class_id, competency_id)
);

-- One row per confirmed participant, with the unit and position kind they held when the class completed
-- (reports per unit and comparisons within a position class must not move when people move later).
CREATE SEQUENCE participation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE participation (
    id                  BIGINT PRIMARY KEY,
    agency_id           BIGINT         NOT NULL,
    class_id            BIGINT         NOT NULL REFERENCES evaluated_class (class_id) DEFERRABLE INITIALLY DEFERRED,
    enrolment_id        BIGINT         NOT NULL UNIQUE,
    employee_id         BIGINT         NOT NULL,
    unit_id             BIGINT,
    unit_path           VARCHAR(1000),
    position_kind       VARCHAR(40),
    completed           BOOLEAN        NOT NULL,
    attendance_percent  NUMERIC(5, 2),
    pre_test_score      NUMERIC(5, 2),
    post_test_score     NUMERIC(5, 2)
);
CREATE INDEX participation_class_idx ON participation (class_id);
CREATE INDEX participation_agency_employee_idx ON participation (agency_id, employee_id);
CREATE INDEX participation_agency_unit_path_idx ON participation (agency_id, unit_path varchar_pattern_ops);
