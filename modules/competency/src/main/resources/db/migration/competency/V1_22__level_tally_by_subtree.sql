-- The heat map's rows are units together with everything below them. level_tally counts levels per person's own
-- unit, so a row of a large agency had to add up every section below it: about a million counts for an agency of
-- 250,000, whose sections of a hundred people spread over fifty positions hold one or two people per count.
-- level_tally_subtree counts each level once for every unit on its person's path (the unit itself and each unit
-- above it), so a row reads only its own counts. Units never move (a unit's path is fixed when it is created),
-- so the units above a level change only when its person moves, which the trigger follows like level_tally.
CREATE TABLE level_tally_subtree (
    agency_id      BIGINT   NOT NULL,
    unit_id        BIGINT   NOT NULL,
    position_id    BIGINT   NOT NULL,
    competency_id  BIGINT   NOT NULL,
    level          SMALLINT NOT NULL,
    n              INTEGER  NOT NULL CHECK (n >= 0),
    PRIMARY KEY (agency_id, unit_id, position_id, competency_id, level)
);

-- The units on a unit's path, itself included (the path is '/<root id>/.../<unit id>/').
CREATE FUNCTION unit_and_ancestors(unit BIGINT) RETURNS TABLE (unit_id BIGINT) LANGUAGE sql STABLE AS $$
    SELECT a::bigint FROM platform.unit_directory u, unnest(string_to_array(trim(BOTH '/' FROM u.unit_path), '/')) a
    WHERE u.unit_id = unit
$$;

INSERT INTO level_tally_subtree (agency_id, unit_id, position_id, competency_id, level, n)
SELECT t.agency_id, a.unit_id, t.position_id, t.competency_id, t.level, sum(t.n)
FROM level_tally t CROSS JOIN LATERAL unit_and_ancestors(t.unit_id) a
WHERE t.n > 0
GROUP BY t.agency_id, a.unit_id, t.position_id, t.competency_id, t.level;

CREATE OR REPLACE FUNCTION level_tally_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.active AND OLD.unit_id IS NOT NULL AND OLD.position_id IS NOT NULL THEN
        UPDATE competency.level_tally SET n = n - 1
        WHERE agency_id = OLD.agency_id AND unit_id = OLD.unit_id AND position_id = OLD.position_id
          AND competency_id = OLD.competency_id AND level = OLD.level;
        UPDATE competency.level_tally_subtree t SET n = t.n - 1
        FROM competency.unit_and_ancestors(OLD.unit_id) a
        WHERE t.agency_id = OLD.agency_id AND t.unit_id = a.unit_id AND t.position_id = OLD.position_id
          AND t.competency_id = OLD.competency_id AND t.level = OLD.level;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.active AND NEW.unit_id IS NOT NULL AND NEW.position_id IS NOT NULL THEN
        INSERT INTO competency.level_tally (agency_id, unit_id, position_id, competency_id, level, n)
        VALUES (NEW.agency_id, NEW.unit_id, NEW.position_id, NEW.competency_id, NEW.level, 1)
        ON CONFLICT (agency_id, unit_id, position_id, competency_id, level) DO UPDATE SET n = level_tally.n + 1;
        -- In path order, root first: two transactions never take the same counts in opposite orders.
        INSERT INTO competency.level_tally_subtree (agency_id, unit_id, position_id, competency_id, level, n)
        SELECT NEW.agency_id, a.unit_id, NEW.position_id, NEW.competency_id, NEW.level, 1
        FROM competency.unit_and_ancestors(NEW.unit_id) a
        ON CONFLICT (agency_id, unit_id, position_id, competency_id, level) DO UPDATE SET n = level_tally_subtree.n + 1;
    END IF;
    RETURN NULL;
END;
$$;
