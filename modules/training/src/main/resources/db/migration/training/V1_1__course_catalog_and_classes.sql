-- The training catalog: courses of an agency with the competencies they build, their prerequisites and who
-- may take them; classes (offerings) of a course with sessions, seats, unit quotas and trainers.
-- agency_id, competency_id, unit_id and employee_id refer to other modules' data by value only.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE course (
    id                    BIGINT PRIMARY KEY,
    agency_id             BIGINT       NOT NULL,
    code                  VARCHAR(32)  NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    description           TEXT         NOT NULL DEFAULT '',
    course_type           VARCHAR(16)  NOT NULL CHECK (course_type IN ('LEADERSHIP', 'FUNCTIONAL', 'TECHNICAL', 'SOCIO_CULTURAL')),
    leadership_programme  VARCHAR(8)   CHECK (leadership_programme IN ('PKN_I', 'PKN_II', 'PKA', 'PKP')),
    modality              VARCHAR(32)  NOT NULL,
    -- JP, jam pelajaran of 45 minutes.
    lesson_hours          INTEGER      NOT NULL CHECK (lesson_hours > 0),
    provider_kind         VARCHAR(8)   NOT NULL CHECK (provider_kind IN ('INTERNAL', 'EXTERNAL')),
    provider_name         VARCHAR(200) NOT NULL DEFAULT '',
    -- Whole rupiah.
    cost_per_participant  BIGINT       NOT NULL DEFAULT 0 CHECK (cost_per_participant >= 0),
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    -- The text search configuration the vector was built with (bina.training.search-config).
    search_config         VARCHAR(64)  NOT NULL,
    search_vector         TSVECTOR,
    created_at            TIMESTAMPTZ  NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (agency_id, code),
    CHECK (leadership_programme IS NULL OR course_type = 'LEADERSHIP')
);
CREATE INDEX course_agency_status_idx ON course (agency_id, status, code);
CREATE INDEX course_search_idx ON course USING GIN (search_vector);

-- Code and title weigh more than the description.
CREATE FUNCTION course_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector(NEW.search_config::regconfig, coalesce(NEW.code, '') || ' ' || coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector(NEW.search_config::regconfig, coalesce(NEW.description, '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER course_search_vector_trg BEFORE INSERT OR UPDATE OF code, title, description, search_config ON course
    FOR EACH ROW EXECUTE FUNCTION course_search_vector();

CREATE TABLE course_competency (
    course_id      BIGINT   NOT NULL REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    competency_id  BIGINT   NOT NULL,
    target_level   SMALLINT NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    PRIMARY KEY (course_id, competency_id)
);
CREATE INDEX course_competency_competency_idx ON course_competency (competency_id, course_id);

CREATE TABLE course_prerequisite_course (
    course_id           BIGINT NOT NULL REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    required_course_id  BIGINT NOT NULL REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (course_id, required_course_id),
    CHECK (course_id <> required_course_id)
);

CREATE TABLE course_prerequisite_competency (
    course_id      BIGINT   NOT NULL REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    competency_id  BIGINT   NOT NULL,
    min_level      SMALLINT NOT NULL CHECK (min_level BETWEEN 1 AND 5),
    PRIMARY KEY (course_id, competency_id)
);

-- Who may take the course (any value of a kind qualifies; no row of a kind: no restriction of that kind).
CREATE TABLE course_eligibility (
    course_id  BIGINT      NOT NULL REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('RANK', 'POSITION_CLASS', 'UNIT')),
    value      VARCHAR(32) NOT NULL,
    PRIMARY KEY (course_id, kind, value)
);

CREATE SEQUENCE training_class_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_class (
    id                BIGINT PRIMARY KEY,
    agency_id         BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL REFERENCES course (id) DEFERRABLE INITIALLY DEFERRED,
    code              VARCHAR(32)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    venue             VARCHAR(300),
    online_link       VARCHAR(500),
    capacity          INTEGER      NOT NULL CHECK (capacity > 0),
    -- Seats are taken with one conditional UPDATE each, never read-then-write: a person of a unit with a quota
    -- takes one of class_seat_quota (WHERE seats_taken < seats); anyone else one of the pool left outside the
    -- quotas (WHERE pool_seats_taken < capacity - sum of quotas); both count in seats_taken.
    seats_taken       INTEGER      NOT NULL DEFAULT 0,
    pool_seats_taken  INTEGER      NOT NULL DEFAULT 0,
    enrolment_opens   DATE         NOT NULL,
    enrolment_closes  DATE         NOT NULL,
    first_session_on  DATE         NOT NULL,
    last_session_on   DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'RUNNING', 'COMPLETED', 'CANCELLED')),
    cancel_reason     VARCHAR(1000),
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (agency_id, code),
    CHECK (seats_taken BETWEEN 0 AND capacity),
    CHECK (pool_seats_taken BETWEEN 0 AND seats_taken),
    CHECK (enrolment_opens <= enrolment_closes AND enrolment_closes < first_session_on),
    CHECK (first_session_on <= last_session_on),
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))
);
CREATE INDEX training_class_agency_status_idx ON training_class (agency_id, status, first_session_on);
CREATE INDEX training_class_course_idx ON training_class (course_id, first_session_on);

CREATE TABLE class_session (
    class_id      BIGINT   NOT NULL REFERENCES training_class (id) DEFERRABLE INITIALLY DEFERRED,
    seq           SMALLINT NOT NULL,
    session_date  DATE     NOT NULL,
    starts_at     TIME     NOT NULL,
    ends_at       TIME     NOT NULL,
    PRIMARY KEY (class_id, seq),
    CHECK (starts_at < ends_at)
);

CREATE TABLE class_seat_quota (
    class_id     BIGINT  NOT NULL REFERENCES training_class (id) DEFERRABLE INITIALLY DEFERRED,
    unit_id      BIGINT  NOT NULL,
    seats        INTEGER NOT NULL CHECK (seats > 0),
    seats_taken  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (class_id, unit_id),
    CHECK (seats_taken BETWEEN 0 AND seats)
);

CREATE TABLE class_trainer (
    class_id       BIGINT       NOT NULL REFERENCES training_class (id) DEFERRABLE INITIALLY DEFERRED,
    seq            SMALLINT     NOT NULL,
    employee_id    BIGINT,
    external_name  VARCHAR(200),
    PRIMARY KEY (class_id, seq),
    CHECK ((employee_id IS NULL) <> (external_name IS NULL))
);
