-- The platform's published read-only SQL API: other modules may join these views in aggregate queries
-- (heat maps, gap lists, plans over hundreds of thousands of employees) instead of loading people one by
-- one through the Directory. Nothing else in this schema is read by other modules. The columns are a
-- contract: change them only by adding a view under a new name.

-- unit_path is the unit's materialised path, its own id included ('/1/7/42/'): the units of a subtree are
-- those whose unit_path starts with the subtree root's unit_path.
CREATE VIEW unit_directory AS
SELECT u.id AS unit_id, u.agency_id, u.parent_id, u.code, u.name, u.path AS unit_path
FROM org_unit u;

-- position_kind is the position class, or FUNCTIONAL:<grade> for functional positions.
CREATE VIEW employee_directory AS
SELECT e.id AS employee_id, e.agency_id, e.nip, e.name, e.unit_id, u.path AS unit_path,
       e.position_id, p.code AS position_code, p.name AS position_name,
       CASE WHEN p.position_class = 'FUNCTIONAL' THEN 'FUNCTIONAL:' || p.functional_grade ELSE p.position_class END
           AS position_kind,
       e.supervisor_id, e.active, a.time_zone
FROM employee e
JOIN org_unit u ON u.id = e.unit_id
JOIN agency a ON a.id = e.agency_id
LEFT JOIN position p ON p.id = e.position_id;

-- Subtree queries by path prefix within an agency.
CREATE INDEX org_unit_agency_path_idx ON org_unit (agency_id, path varchar_pattern_ops);
CREATE INDEX employee_agency_unit_idx ON employee (agency_id, unit_id) WHERE active;

CREATE VIEW agency_directory AS
SELECT a.id AS agency_id, a.code, a.name, a.time_zone
FROM agency a;

-- position_kind as in employee_directory.
CREATE VIEW position_directory AS
SELECT p.id AS position_id, p.agency_id, p.code, p.name,
       CASE WHEN p.position_class = 'FUNCTIONAL' THEN 'FUNCTIONAL:' || p.functional_grade ELSE p.position_class END
           AS position_kind
FROM position p;

-- The narrowest view, for aggregates over a whole agency: no join per row.
CREATE VIEW employee_placement AS
SELECT e.id AS employee_id, e.agency_id, e.unit_id, e.position_id, e.supervisor_id, e.active
FROM employee e;
