-- Counts of current levels per agency, unit, position, competency and level, so a heat map over an agency of
-- hundreds of thousands reads tens of thousands of counts instead of millions of levels. Each current level
-- carries where its person sits (kept in step with the platform's EmployeesPlaced events); triggers keep the
-- counts exact within each transaction.
ALTER TABLE current_level ADD COLUMN unit_id BIGINT;
ALTER TABLE current_level ADD COLUMN position_id BIGINT;
ALTER TABLE current_level ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

UPDATE current_level cl
SET unit_id = p.unit_id, position_id = p.position_id, active = p.active
FROM platform.employee_placement p
WHERE p.employee_id = cl.employee_id;

CREATE TABLE level_tally (
    agency_id      BIGINT   NOT NULL,
    unit_id        BIGINT   NOT NULL,
    position_id    BIGINT   NOT NULL,
    competency_id  BIGINT   NOT NULL,
    level          SMALLINT NOT NULL,
    n              INTEGER  NOT NULL CHECK (n >= 0),
    PRIMARY KEY (agency_id, unit_id, position_id, competency_id, level)
);

INSERT INTO level_tally (agency_id, unit_id, position_id, competency_id, level, n)
SELECT agency_id, unit_id, position_id, competency_id, level, count(*)
FROM current_level
WHERE active AND unit_id IS NOT NULL AND position_id IS NOT NULL
GROUP BY agency_id, unit_id, position_id, competency_id, level;

-- A level counts when its person is active and has a unit and a position.
CREATE FUNCTION level_tally_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.active AND OLD.unit_id IS NOT NULL AND OLD.position_id IS NOT NULL THEN
        UPDATE competency.level_tally SET n = n - 1
        WHERE agency_id = OLD.agency_id AND unit_id = OLD.unit_id AND position_id = OLD.position_id
          AND competency_id = OLD.competency_id AND level = OLD.level;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.active AND NEW.unit_id IS NOT NULL AND NEW.position_id IS NOT NULL THEN
        INSERT INTO competency.level_tally (agency_id, unit_id, position_id, competency_id, level, n)
        VALUES (NEW.agency_id, NEW.unit_id, NEW.position_id, NEW.competency_id, NEW.level, 1)
        ON CONFLICT (agency_id, unit_id, position_id, competency_id, level) DO UPDATE SET n = level_tally.n + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER level_tally_follows AFTER INSERT OR UPDATE OR DELETE ON current_level
    FOR EACH ROW EXECUTE FUNCTION level_tally_follows();
