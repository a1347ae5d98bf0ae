-- Enrolment in classes, attendance, completion, the JP ledger (the 20 JP a year) and certificates.
-- employee_id and agency_id refer to the platform's data by value only.

-- Arrival order of enrolment requests per class. Taking the next number locks the class row, so the
-- requests of one class are decided one after another, in arrival order (see EnrolmentService).
ALTER TABLE training_class ADD COLUMN arrivals BIGINT NOT NULL DEFAULT 0;

-- How a class runs its enrolment and completion; a class without a row uses the defaults of the columns.
CREATE TABLE class_rules (
    class_id              BIGINT       PRIMARY KEY REFERENCES training_class (id) DEFERRABLE INITIALLY DEFERRED,
    agency_id             BIGINT       NOT NULL,
    -- Percent of the sessions a participant must attend to complete.
    attendance_threshold  SMALLINT     NOT NULL DEFAULT 80 CHECK (attendance_threshold BETWEEN 0 AND 100),
    -- When set, a participant also needs a post-test score of at least this (0-100).
    passing_score         NUMERIC(5,2) CHECK (passing_score BETWEEN 0 AND 100),
    -- An approved request waits for an HR manager's confirmation before the seat is confirmed.
    hr_confirmation       BOOLEAN      NOT NULL DEFAULT false,
    waitlist_priority     VARCHAR(16)  NOT NULL DEFAULT 'ARRIVAL' CHECK (waitlist_priority IN ('ARRIVAL', 'FEWEST_JP')),
    -- Months a certificate of this class stays valid (a certification); null: it does not expire.
    certificate_validity_months SMALLINT CHECK (certificate_validity_months > 0),
    updated_at            TIMESTAMPTZ  NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0
);

CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE enrolment (
    id                BIGINT        PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    class_id          BIGINT        NOT NULL REFERENCES training_class (id) DEFERRABLE INITIALLY DEFERRED,
    employee_id       BIGINT        NOT NULL,
    -- The class's arrival number of the request: first come, first served.
    arrival           BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'APPROVED', 'CONFIRMED', 'WAITLISTED',
                                                           'WITHDRAWN', 'REJECTED', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED')),
    -- Which counter the held seat was taken from: QUOTA (of seat_unit_id) or POOL; null while no seat is held.
    seat_kind         VARCHAR(8)    CHECK (seat_kind IN ('QUOTA', 'POOL')),
    seat_unit_id      BIGINT,
    approver_employee_id BIGINT,
    decided_by        VARCHAR(100),
    decision_reason   VARCHAR(1000),
    post_test_score   NUMERIC(5,2)  CHECK (post_test_score BETWEEN 0 AND 100),
    attendance_percent NUMERIC(5,2),
    requested_at      TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (class_id, arrival),
    CHECK ((seat_kind = 'QUOTA') = (seat_unit_id IS NOT NULL))
);
-- One active enrolment per person per class: a repeated request finds the first one.
CREATE UNIQUE INDEX enrolment_active_uq ON enrolment (class_id, employee_id)
    WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'CANCELLED');
CREATE INDEX enrolment_employee_idx ON enrolment (employee_id, status);
CREATE INDEX enrolment_class_status_idx ON enrolment (class_id, status, arrival);
CREATE INDEX enrolment_approver_idx ON enrolment (approver_employee_id, status);

-- Who attended which session (class_session.seq); a row means present.
CREATE TABLE attendance (
    enrolment_id  BIGINT       NOT NULL REFERENCES enrolment (id) DEFERRABLE INITIALLY DEFERRED,
    session_seq   SMALLINT     NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (enrolment_id, session_seq)
);

-- The JP ledger: every credited piece of competency development, once per (source, source_ref).
CREATE SEQUENCE jp_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE jp_entry (
    id           BIGINT        PRIMARY KEY,
    agency_id    BIGINT        NOT NULL,
    employee_id  BIGINT        NOT NULL,
    -- Calendar year of entry_day, the day in the agency's zone.
    year         INTEGER       NOT NULL,
    entry_day    DATE          NOT NULL,
    jp           NUMERIC(7,2)  NOT NULL CHECK (jp > 0),
    source       VARCHAR(40)   NOT NULL,
    source_ref   VARCHAR(100)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (agency_id, source, source_ref),
    CHECK (year = EXTRACT(YEAR FROM entry_day))
);
-- The below-target report sums one agency's year per employee.
CREATE INDEX jp_entry_agency_year_employee_idx ON jp_entry (agency_id, year, employee_id) INCLUDE (jp);

-- A certificate of completion. Its number is readable and unguessable (a random part), and verifies publicly.
CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE certificate (
    id             BIGINT        PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    enrolment_id   BIGINT        NOT NULL UNIQUE REFERENCES enrolment (id) DEFERRABLE INITIALLY DEFERRED,
    employee_id    BIGINT        NOT NULL,
    number         VARCHAR(40)   NOT NULL UNIQUE,
    holder_name    VARCHAR(200)  NOT NULL,
    course_code    VARCHAR(32)   NOT NULL,
    course_title   VARCHAR(200)  NOT NULL,
    class_name     VARCHAR(200)  NOT NULL,
    first_day      DATE          NOT NULL,
    last_day       DATE          NOT NULL,
    jp             INTEGER       NOT NULL,
    issued_on      DATE          NOT NULL,
    -- Null: valid without end. The holder and their supervisor are reminded once, 90 days before.
    valid_until    DATE,
    expiry_reminded_at TIMESTAMPTZ,
    revoked        BOOLEAN       NOT NULL DEFAULT false,
    created_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX certificate_employee_idx ON certificate (agency_id, employee_id);
CREATE INDEX certificate_expiry_idx ON certificate (valid_until) WHERE valid_until IS NOT NULL AND expiry_reminded_at IS NULL;
