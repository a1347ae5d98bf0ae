-- Development plans (PP 11/2017 art. 205-207): each civil servant's yearly individual development plan (IDP),
-- the performance ratings (SKP predicates) imported for the performance-gap analysis, and the agency's annual
-- competency development plan built by HR. employee_id, competency_id and unit_id refer to other modules' data
-- by value only.

CREATE SEQUENCE development_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE development_plan (
    id              BIGINT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    employee_id     BIGINT        NOT NULL,
    plan_year       INTEGER       NOT NULL CHECK (plan_year BETWEEN 2000 AND 2100),
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    -- The supervisor the plan was submitted to (the decision is checked against the current one).
    submitted_to    BIGINT,
    submitted_at    TIMESTAMPTZ,
    decided_at      TIMESTAMPTZ,
    decided_by      VARCHAR(100),
    return_reason   VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (agency_id, employee_id, plan_year),
    CHECK ((status = 'RETURNED') = (return_reason IS NOT NULL))
);
CREATE INDEX development_plan_year_idx ON development_plan (agency_id, plan_year, status);

-- The gaps chosen to work on, with the levels seen when they were chosen.
CREATE TABLE development_plan_gap (
    plan_id         BIGINT   NOT NULL REFERENCES development_plan (id) DEFERRABLE INITIALLY DEFERRED,
    seq             SMALLINT NOT NULL,
    competency_id   BIGINT   NOT NULL,
    current_level   SMALLINT,
    required_level  SMALLINT NOT NULL CHECK (required_level BETWEEN 1 AND 5),
    target_level    SMALLINT NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    PRIMARY KEY (plan_id, seq)
);
CREATE INDEX development_plan_gap_competency_idx ON development_plan_gap (competency_id);

CREATE TABLE development_plan_activity (
    plan_id          BIGINT       NOT NULL REFERENCES development_plan (id) DEFERRABLE INITIALLY DEFERRED,
    seq              SMALLINT     NOT NULL,
    kind             VARCHAR(16)  NOT NULL CHECK (kind IN ('CLASS', 'COURSE', 'MENTORING', 'NON_CLASSICAL')),
    competency_id    BIGINT,
    class_id         BIGINT REFERENCES training_class (id) DEFERRABLE INITIALLY DEFERRED,
    course_id        BIGINT REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    modality         VARCHAR(32)  NOT NULL,
    description      VARCHAR(500) NOT NULL DEFAULT '',
    planned_jp       INTEGER      NOT NULL CHECK (planned_jp BETWEEN 1 AND 1000),
    planned_quarter  SMALLINT     NOT NULL CHECK (planned_quarter BETWEEN 1 AND 4),
    PRIMARY KEY (plan_id, seq),
    CHECK ((kind = 'CLASS') = (class_id IS NOT NULL))
);

-- SKP predicates per employee and period (year), imported from the appraisal system.
CREATE SEQUENCE performance_rating_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE performance_rating (
    id           BIGINT PRIMARY KEY,
    agency_id    BIGINT       NOT NULL,
    employee_id  BIGINT       NOT NULL,
    period_year  INTEGER      NOT NULL CHECK (period_year BETWEEN 2000 AND 2100),
    predicate    VARCHAR(16)  NOT NULL CHECK (predicate IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (agency_id, period_year, employee_id)
);
CREATE INDEX performance_rating_employee_idx ON performance_rating (employee_id, period_year);

-- The agency's annual plan (rencana pengembangan kompetensi instansi) and its lines.
CREATE SEQUENCE agency_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agency_plan (
    id           BIGINT PRIMARY KEY,
    agency_id    BIGINT        NOT NULL,
    plan_year    INTEGER       NOT NULL CHECK (plan_year BETWEEN 2000 AND 2100),
    status       VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    approved_at  TIMESTAMPTZ,
    approved_by  VARCHAR(100),
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (agency_id, plan_year),
    CHECK ((status = 'APPROVED') = (approved_by IS NOT NULL))
);

CREATE SEQUENCE agency_plan_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agency_plan_line (
    id                BIGINT PRIMARY KEY,
    plan_id           BIGINT       NOT NULL REFERENCES agency_plan (id) DEFERRABLE INITIALLY DEFERRED,
    competency_id     BIGINT       NOT NULL,
    -- Target: the people of a unit subtree (null: the whole agency) at least min_gap below standard, or listed.
    target_unit_id    BIGINT,
    min_gap           SMALLINT     NOT NULL DEFAULT 1 CHECK (min_gap BETWEEN 1 AND 5),
    development_type  VARCHAR(16)  NOT NULL CHECK (development_type IN ('LEADERSHIP', 'FUNCTIONAL', 'TECHNICAL', 'SOCIO_CULTURAL')),
    modality          VARCHAR(32)  NOT NULL,
    provider_kind     VARCHAR(8)   NOT NULL CHECK (provider_kind IN ('INTERNAL', 'EXTERNAL')),
    provider_name     VARCHAR(200) NOT NULL DEFAULT '',
    planned_quarter   SMALLINT     CHECK (planned_quarter BETWEEN 1 AND 4),
    starts_on         DATE,
    ends_on           DATE,
    classes           INTEGER      NOT NULL CHECK (classes >= 0),
    seats             INTEGER      NOT NULL CHECK (seats >= 0),
    -- Whole rupiah.
    budget            BIGINT       NOT NULL CHECK (budget >= 0),
    course_id         BIGINT REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    note              VARCHAR(1000) NOT NULL DEFAULT '',
    CHECK ((planned_quarter IS NULL) <> (starts_on IS NULL)),
    CHECK ((starts_on IS NULL) = (ends_on IS NULL) AND (starts_on IS NULL OR starts_on <= ends_on))
);
CREATE INDEX agency_plan_line_plan_idx ON agency_plan_line (plan_id);
CREATE INDEX agency_plan_line_course_idx ON agency_plan_line (course_id);

CREATE TABLE agency_plan_line_employee (
    line_id      BIGINT NOT NULL REFERENCES agency_plan_line (id) DEFERRABLE INITIALLY DEFERRED,
    employee_id  BIGINT NOT NULL,
    PRIMARY KEY (line_id, employee_id)
);

CREATE TABLE agency_plan_line_unit_seats (
    line_id  BIGINT  NOT NULL REFERENCES agency_plan_line (id) DEFERRABLE INITIALLY DEFERRED,
    unit_id  BIGINT  NOT NULL,
    seats    INTEGER NOT NULL CHECK (seats > 0),
    PRIMARY KEY (line_id, unit_id)
);
