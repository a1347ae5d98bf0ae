-- Organisation model shared by every module: agency (instansi) -> unit tree -> positions (jabatan) -> employees (ASN).
-- Foreign keys are checked at commit (DEFERRABLE INITIALLY DEFERRED): entities refer to each other by id,
-- so JPA cannot know the order in which rows must be inserted within a transaction.
-- Ids come from sequences that hand out blocks of 50 (JPA allocationSize 50) so bulk inserts need few round trips.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SEQUENCE agency_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agency (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    time_zone   VARCHAR(32)  NOT NULL DEFAULT 'Asia/Jakarta'
        CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_unit (
    id          BIGINT PRIMARY KEY,
    agency_id   BIGINT       NOT NULL REFERENCES agency (id) DEFERRABLE INITIALLY DEFERRED,
    parent_id   BIGINT       REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    -- Materialised path of ids, '/1/7/42/', so a subtree is one indexed prefix query at any depth.
    path        VARCHAR(1000) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (agency_id, code)
);
CREATE INDEX org_unit_parent_idx ON org_unit (agency_id, parent_id);
CREATE INDEX org_unit_path_idx ON org_unit (path varchar_pattern_ops);

CREATE SEQUENCE position_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE position (
    id               BIGINT PRIMARY KEY,
    agency_id        BIGINT       NOT NULL REFERENCES agency (id) DEFERRABLE INITIALLY DEFERRED,
    unit_id          BIGINT       REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    code             VARCHAR(64)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    position_class   VARCHAR(32)  NOT NULL
        CHECK (position_class IN ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS',
                                  'FUNCTIONAL', 'EXECUTOR')),
    functional_grade VARCHAR(32)
        CHECK (functional_grade IN ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA',
                                    'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA')),
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (agency_id, code),
    CHECK ((position_class = 'FUNCTIONAL') = (functional_grade IS NOT NULL))
);
CREATE INDEX position_unit_idx ON position (agency_id, unit_id);

CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE employee (
    id             BIGINT PRIMARY KEY,
    agency_id      BIGINT       NOT NULL REFERENCES agency (id) DEFERRABLE INITIALLY DEFERRED,
    nip            VARCHAR(18)  NOT NULL UNIQUE CHECK (nip ~ '^[0-9]{18}$'),
    name           VARCHAR(200) NOT NULL,
    rank_grade     VARCHAR(8),
    unit_id        BIGINT       NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    position_id    BIGINT       REFERENCES position (id) DEFERRABLE INITIALLY DEFERRED,
    supervisor_id  BIGINT       REFERENCES employee (id) DEFERRABLE INITIALLY DEFERRED,
    email          VARCHAR(254),
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL
);
CREATE INDEX employee_agency_name_idx ON employee (agency_id, name, id);
CREATE INDEX employee_unit_idx ON employee (unit_id);
CREATE INDEX employee_supervisor_idx ON employee (supervisor_id);
CREATE INDEX employee_name_trgm_idx ON employee USING gin (lower(name) gin_trgm_ops);
