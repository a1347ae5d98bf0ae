-- The current level per employee and competency: the winning assessment of the precedence rule
-- (AssessmentMethod), kept up to date when an assessment is recorded and when one expires, so heat maps
-- and gap lists over a whole agency aggregate one row per person and competency instead of ranking the
-- assessment history at every request. The assessment table stays the record; this is derived from it
-- and can be rebuilt at any time (CurrentLevels.rebuild).
CREATE TABLE current_level (
    employee_id    BIGINT   NOT NULL,
    competency_id  BIGINT   NOT NULL,
    agency_id      BIGINT   NOT NULL,
    level          SMALLINT NOT NULL,
    assessment_id  BIGINT   NOT NULL,
    assessed_on    DATE     NOT NULL,
    PRIMARY KEY (employee_id, competency_id)
);
CREATE INDEX current_level_agency_competency_idx ON current_level (agency_id, competency_id);
CREATE INDEX current_level_assessed_on_idx ON current_level (assessed_on);
-- A unit's gap report reads each person's levels with one index-only range scan per person.
CREATE INDEX current_level_cover_idx ON current_level (employee_id)
    INCLUDE (competency_id, agency_id, level, assessed_on, assessment_id);

-- What the derived rows were computed with: a change of the validity setting rebuilds them at start-up.
CREATE TABLE current_level_basis (
    id           SMALLINT PRIMARY KEY CHECK (id = 1),
    valid_years  INTEGER     NOT NULL,
    rebuilt_at   TIMESTAMPTZ NOT NULL
);
