-- Position competency standards (standar kompetensi jabatan): the level each position requires per competency.
-- position_id refers to platform.position by value; the module checks it through the platform's Directory.

-- The default level of the national (managerial and socio-cultural) competencies for each kind of position,
-- from a secondary source, not the regulation: seeded as an editable default. agency_id NULL is the national
-- default; an agency's own rows override it.
CREATE TABLE default_required_level (
    agency_id      BIGINT,
    position_kind  VARCHAR(40) NOT NULL,
    level          SMALLINT    NOT NULL CHECK (level BETWEEN 1 AND 5),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by     VARCHAR(100) NOT NULL DEFAULT 'system:seed'
);
CREATE UNIQUE INDEX default_required_level_national_idx ON default_required_level (position_kind) WHERE agency_id IS NULL;
CREATE UNIQUE INDEX default_required_level_agency_idx ON default_required_level (agency_id, position_kind) WHERE agency_id IS NOT NULL;

-- position_kind: the position class, or FUNCTIONAL:<grade> for functional positions. The source names levels
-- for executor, pengawas, administrator, JPT and the functional grades pemula, pertama, muda, madya, utama;
-- TERAMPIL, MAHIR and PENYELIA are set here by analogy and are the first to review.
INSERT INTO default_required_level (agency_id, position_kind, level) VALUES
    (NULL, 'EXECUTOR', 1),
    (NULL, 'PENGAWAS', 2),
    (NULL, 'ADMINISTRATOR', 3),
    (NULL, 'JPT_PRATAMA', 4),
    (NULL, 'JPT_MADYA', 5),
    (NULL, 'JPT_UTAMA', 5),
    (NULL, 'FUNCTIONAL:PEMULA', 1),
    (NULL, 'FUNCTIONAL:TERAMPIL', 1),
    (NULL, 'FUNCTIONAL:MAHIR', 2),
    (NULL, 'FUNCTIONAL:PENYELIA', 2),
    (NULL, 'FUNCTIONAL:AHLI_PERTAMA', 2),
    (NULL, 'FUNCTIONAL:AHLI_MUDA', 3),
    (NULL, 'FUNCTIONAL:AHLI_MADYA', 4),
    (NULL, 'FUNCTIONAL:AHLI_UTAMA', 5);

-- One row per position whose standard was written: its version for If-Match, and who wrote it last.
CREATE TABLE position_standard (
    position_id  BIGINT       PRIMARY KEY,
    agency_id    BIGINT       NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL
);

CREATE TABLE position_standard_entry (
    position_id     BIGINT   NOT NULL REFERENCES position_standard (position_id) DEFERRABLE INITIALLY DEFERRED,
    competency_id   BIGINT   NOT NULL REFERENCES competency (id) DEFERRABLE INITIALLY DEFERRED,
    required_level  SMALLINT NOT NULL CHECK (required_level BETWEEN 1 AND 5),
    PRIMARY KEY (position_id, competency_id)
);
CREATE INDEX position_standard_entry_competency_idx ON position_standard_entry (competency_id);
