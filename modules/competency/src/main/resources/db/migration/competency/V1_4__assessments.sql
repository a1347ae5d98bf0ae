-- Dated competency assessments of employees. Nothing is overwritten: the history is kept, and the profile is
-- derived from it by a precedence rule (see AssessmentMethod). Each assessment names the dictionary revision
-- it was made against. employee_id refers to platform.employee by value.
CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assessment (
    id             BIGINT PRIMARY KEY,
    agency_id      BIGINT       NOT NULL,
    employee_id    BIGINT       NOT NULL,
    competency_id  BIGINT       NOT NULL REFERENCES competency (id) DEFERRABLE INITIALLY DEFERRED,
    revision       INTEGER      NOT NULL,
    level          SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 5),
    method         VARCHAR(24)  NOT NULL CHECK (method IN ('SELF', 'SUPERVISOR', 'MULTI_RATER', 'ASSESSMENT_CENTRE',
                                                           'WRITTEN_TEST', 'TRAINING_EVIDENCE')),
    assessed_on    DATE         NOT NULL,
    assessor       VARCHAR(100) NOT NULL,
    evidence_note  TEXT,
    created_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX assessment_employee_idx ON assessment (employee_id, competency_id, assessed_on DESC);
CREATE INDEX assessment_agency_competency_idx ON assessment (agency_id, competency_id);

CREATE FUNCTION assessment_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'assessments are never changed or removed; record a new one';
END;
$$;
CREATE TRIGGER assessment_append_only BEFORE UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION assessment_is_append_only();
