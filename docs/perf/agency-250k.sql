-- A synthetic agency of 250,000 employees (code PERF, HR account perf-hr with the demo password) for timing
-- the competency heat map and gap reports by hand against a Bina database on PostgreSQL (start Bina once with
-- DB_URL and BINA_DEMO_DATA=true so the schema and the demo accounts exist, then: psql -f agency-250k.sql).
\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.5);
INSERT INTO platform.agency (id, code, name, time_zone) VALUES (900000, 'PERF', 'Instansi Uji Skala', 'Asia/Jakarta');
-- root > 20 directorates > 10 divisions > 5 sections
INSERT INTO platform.org_unit (id, agency_id, parent_id, code, name, path) VALUES (900000, 900000, NULL, 'R', 'Sekretariat', '/900000/');
INSERT INTO platform.org_unit (id, agency_id, parent_id, code, name, path)
SELECT 900000 + d, 900000, 900000, 'D' || d, 'Direktorat ' || d, '/900000/' || (900000 + d) || '/' FROM generate_series(1, 20) d;
INSERT INTO platform.org_unit (id, agency_id, parent_id, code, name, path)
SELECT 910000 + d * 100 + v, 900000, 900000 + d, 'D' || d || '.' || v, 'Subdirektorat ' || d || '.' || v,
       '/900000/' || (900000 + d) || '/' || (910000 + d * 100 + v) || '/'
FROM generate_series(1, 20) d, generate_series(1, 10) v;
INSERT INTO platform.org_unit (id, agency_id, parent_id, code, name, path)
SELECT 920000 + (d * 100 + v) * 10 + s, 900000, 910000 + d * 100 + v, 'D' || d || '.' || v || '.' || s, 'Seksi ' || d || '.' || v || '.' || s,
       '/900000/' || (900000 + d) || '/' || (910000 + d * 100 + v) || '/' || (920000 + (d * 100 + v) * 10 + s) || '/'
FROM generate_series(1, 20) d, generate_series(1, 10) v, generate_series(1, 5) s;
INSERT INTO platform.position (id, agency_id, code, name, position_class, functional_grade)
SELECT 900000 + p, 900000, 'P' || p, 'Jabatan ' || p,
       (ARRAY['EXECUTOR','EXECUTOR','EXECUTOR','PENGAWAS','ADMINISTRATOR','FUNCTIONAL','FUNCTIONAL'])[1 + p % 7],
       CASE WHEN p % 7 IN (5, 6) THEN (ARRAY['AHLI_PERTAMA','AHLI_MUDA'])[1 + p % 2] END
FROM generate_series(1, 50) p;
-- 250,000 employees in the 1,000 sections
INSERT INTO platform.employee (id, agency_id, nip, name, unit_id, position_id, created_at, created_by, updated_at, updated_by)
SELECT 1000000 + e, 900000, lpad((197001012000011000 + e)::text, 18, '0'), 'Pegawai ' || e,
       920000 + ((1 + (e % 20)) * 100 + 1 + (e / 20) % 10) * 10 + 1 + (e / 200) % 5,
       900001 + e % 50, now(), 'perf', now(), 'perf'
FROM generate_series(1, 250000) e;
-- written standards for ten positions (a technical-free mix of national competencies at 3 or 4)
INSERT INTO competency.position_standard (position_id, agency_id, version, updated_at, updated_by)
SELECT 900000 + p, 900000, 1, now(), 'perf' FROM generate_series(1, 10) p;
INSERT INTO competency.position_standard_entry (position_id, competency_id, required_level)
SELECT 900000 + p, c.id, 3 + (p + c.id::int) % 2 FROM generate_series(1, 10) p, competency.competency c WHERE c.agency_id IS NULL;
-- one current level per employee and national competency for 85% of the pairs, with an assessment behind it
INSERT INTO competency.assessment (id, agency_id, employee_id, competency_id, revision, level, method, assessed_on, assessor, created_at)
SELECT 50000000 + row_number() OVER (), 900000, 1000000 + e, c.id, 1, 1 + floor(random() * 5)::int, 'SUPERVISOR',
       current_date - floor(random() * 900)::int, 'perf', now()
FROM generate_series(1, 250000) e, competency.competency c
WHERE c.agency_id IS NULL AND random() < 0.85;
INSERT INTO competency.current_level (employee_id, competency_id, agency_id, level, assessment_id, assessed_on)
SELECT employee_id, competency_id, agency_id, level, id, assessed_on FROM competency.assessment WHERE agency_id = 900000;
INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)
SELECT 900000, 900000, 'perf-hr', password_hash, 1000001 FROM platform.user_account WHERE username = 'hr';
INSERT INTO platform.user_role (user_id, role) VALUES (900000, 'HR_MANAGER'), (900000, 'EMPLOYEE');
COMMIT;
ANALYZE;
