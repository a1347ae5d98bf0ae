-- The required level per position and competency, in one place for every report: the position's written
-- entries, and each national competency not written at the default level of the position's kind (the
-- agency's own default before the national one; level 1 when neither is set).
CREATE VIEW required_level AS
SELECT p.agency_id, p.position_id, e.competency_id, e.required_level
FROM platform.position_directory p
JOIN position_standard_entry e ON e.position_id = p.position_id
UNION ALL
SELECT p.agency_id, p.position_id, c.id, coalesce(k.level, 1)::smallint
FROM platform.position_directory p
CROSS JOIN competency c
LEFT JOIN LATERAL (
    SELECT x.level FROM default_required_level x
    WHERE x.position_kind = p.position_kind AND (x.agency_id = p.agency_id OR x.agency_id IS NULL)
    ORDER BY x.agency_id NULLS LAST LIMIT 1
) k ON TRUE
WHERE c.agency_id IS NULL AND c.retired_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM position_standard_entry e WHERE e.position_id = p.position_id AND e.competency_id = c.id);

-- A unit's gap report gives each person's required competencies, how many are validly assessed, how many below
-- standard, the largest gap and the job-person match. Computing it reads every level of every person in the unit;
-- gap_summary keeps the answer per person so a report of 5,000 people reads 5,000 rows.
--
-- A summary is only used while what it was computed from still holds, which the report checks row by row: the
-- person's position (position_id), that position's standard (standard_hash, the hash of the required levels as
-- the report computes them), the validity setting (valid_years) and the day the oldest counted level expires
-- (valid_through). Anyone else falls back to the levels themselves, so a summary is never wrong, only missing.
-- Level changes recompute it at once (the triggers below); a changed standard, default level or dictionary, or
-- a move of someone without levels, waits for the hourly sweep (GapSummaries).
CREATE TABLE gap_summary (
    employee_id     BIGINT   PRIMARY KEY,
    agency_id       BIGINT   NOT NULL,
    position_id     BIGINT   NOT NULL,
    standard_hash   BIGINT   NOT NULL,
    valid_years     INTEGER  NOT NULL,
    valid_through   DATE,
    required        INTEGER  NOT NULL,
    required_total  INTEGER  NOT NULL,
    assessed        INTEGER  NOT NULL,
    below           INTEGER  NOT NULL,
    largest         INTEGER,
    held_capped     INTEGER  NOT NULL,
    held            INTEGER  NOT NULL
);
CREATE INDEX gap_summary_agency_idx ON gap_summary (agency_id);

-- A position's standard as one JSON object (competency id -> level) is hashed; the report hashes the same object
-- built from the same view, so a standard that changed no longer matches its people's summaries.
CREATE FUNCTION standard_hash(levels JSONB) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT hashtextextended(levels::text, 0)
$$;

-- Recomputes the summaries of the given employees of an agency (all of them when employees is NULL). Each
-- summary row is locked before the levels are read, and the levels are read by a later statement (a fresh
-- snapshot): two transactions changing one person's levels at once compute one after the other, the later
-- seeing both. Answers how many summaries were written.
CREATE FUNCTION refresh_gap_summary(agency BIGINT, employees BIGINT[]) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    valid_for INTEGER;
    written INTEGER;
BEGIN
    SELECT valid_years INTO valid_for FROM competency.current_level_basis WHERE id = 1;
    IF valid_for IS NULL THEN
        RETURN 0; -- current levels not built yet; reports read the levels
    END IF;
    -- One plan for both uses (a few people, or a whole agency): always a list of ids, looked up by index.
    IF employees IS NULL THEN
        SELECT coalesce(array_agg(p.employee_id), '{}') INTO employees FROM platform.employee_placement p WHERE p.agency_id = agency;
    END IF;
    INSERT INTO competency.gap_summary (employee_id, agency_id, position_id, standard_hash, valid_years,
        required, required_total, assessed, below, held_capped, held)
    SELECT p.employee_id, p.agency_id, p.position_id, 0, -1, 0, 0, 0, 0, 0, 0
    FROM platform.employee_placement p
    WHERE p.agency_id = agency AND p.active AND p.position_id IS NOT NULL
      AND p.employee_id = ANY (employees)
    ORDER BY p.employee_id
    ON CONFLICT (employee_id) DO NOTHING;
    PERFORM 1 FROM competency.gap_summary g
    WHERE g.agency_id = agency AND g.employee_id = ANY (employees)
    ORDER BY g.employee_id FOR UPDATE;

    WITH people AS (
        SELECT d.employee_id, d.position_id,
               ((now() AT TIME ZONE d.time_zone)::date - make_interval(years => valid_for))::date AS valid_from
        FROM platform.employee_directory d
        WHERE d.agency_id = agency AND d.active AND d.position_id IS NOT NULL
          AND d.employee_id = ANY (employees)
    ), standard AS (
        SELECT r.position_id, count(*) AS required, sum(r.required_level) AS total,
               jsonb_object_agg(r.competency_id, r.required_level) AS levels
        FROM competency.required_level r
        WHERE r.agency_id = agency AND r.position_id IN (SELECT position_id FROM people)
        GROUP BY r.position_id
    )
    UPDATE competency.gap_summary g
    SET position_id = pe.position_id, standard_hash = competency.standard_hash(st.levels), valid_years = valid_for,
        valid_through = (h.oldest + make_interval(years => valid_for))::date,
        required = st.required, required_total = st.total, assessed = h.assessed, below = h.below,
        largest = h.largest, held_capped = h.held_capped, held = h.held
    FROM people pe
    JOIN standard st ON st.position_id = pe.position_id
    CROSS JOIN LATERAL (
        SELECT count(*) AS assessed,
               count(*) FILTER (WHERE l.level < l.required_level) AS below,
               max(l.required_level - l.level) FILTER (WHERE l.level < l.required_level) AS largest,
               coalesce(sum(least(l.level, l.required_level)), 0) AS held_capped,
               coalesce(sum(l.level), 0) AS held,
               min(l.assessed_on) AS oldest
        FROM (SELECT cl.level, cl.assessed_on, (st.levels ->> cl.competency_id::text)::int AS required_level
              FROM competency.current_level cl
              WHERE cl.employee_id = pe.employee_id AND cl.assessed_on >= pe.valid_from) l
        WHERE l.required_level IS NOT NULL
    ) h
    WHERE g.employee_id = pe.employee_id;
    GET DIAGNOSTICS written = ROW_COUNT;
    -- New rows not computed (valid_years still -1), and people who left or have no position: no summary.
    DELETE FROM competency.gap_summary g
    WHERE g.agency_id = agency AND g.employee_id = ANY (employees)
      AND (g.valid_years = -1 OR EXISTS (SELECT 1 FROM platform.employee_placement p
                                          WHERE p.employee_id = g.employee_id AND (NOT p.active OR p.position_id IS NULL)));
    RETURN written;
END;
$$;

-- Level changes recompute their people's summaries in the same transaction, once per statement (a bulk rebuild
-- touches each person once, not once per level). A transition table exists only for its own events.
CREATE FUNCTION gap_summary_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM competency.refresh_gap_summary(agency_id, array_agg(DISTINCT employee_id))
        FROM new_levels GROUP BY agency_id;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM competency.refresh_gap_summary(agency_id, array_agg(DISTINCT employee_id))
        FROM old_levels GROUP BY agency_id;
    ELSE
        PERFORM competency.refresh_gap_summary(agency_id, array_agg(DISTINCT employee_id))
        FROM (SELECT agency_id, employee_id FROM new_levels UNION SELECT agency_id, employee_id FROM old_levels) x
        GROUP BY agency_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER gap_summary_follows_insert AFTER INSERT ON current_level
    REFERENCING NEW TABLE AS new_levels FOR EACH STATEMENT EXECUTE FUNCTION gap_summary_follows();
CREATE TRIGGER gap_summary_follows_update AFTER UPDATE ON current_level
    REFERENCING OLD TABLE AS old_levels NEW TABLE AS new_levels FOR EACH STATEMENT EXECUTE FUNCTION gap_summary_follows();
CREATE TRIGGER gap_summary_follows_delete AFTER DELETE ON current_level
    REFERENCING OLD TABLE AS old_levels FOR EACH STATEMENT EXECUTE FUNCTION gap_summary_follows();
