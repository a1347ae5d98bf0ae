package id.bina.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a synthetic national population into a migrated Bina database with INSERT ... SELECT over
 * generate_series (one statement per table and agency, no round trip per row), and reports the load rate.
 *
 * <p>Shape of one agency of {@code E} employees (agencies hold at most {@link Settings#agencySize()}):
 * a root unit, E/5,000 directorates of 5,000 people, 10 sub-directorates each, 5 sections of about 100 people
 * each; 50 positions with written standards (the 9 national competencies and 3 of the agency's 20 technical
 * ones); every employee with an account (password {@code bina-demo}), 85 % of the required competencies
 * assessed one to three times over the last three years, current levels and the heat map's tally derived from
 * them; 200 courses, an open class each, completed classes with enrolments, JP and certificates' worth of
 * ledger entries; 1 % of the people mentors with three mentees each, sessions and feedback; the completed
 * classes recorded for evaluation. The first agency also gets the classes the load scenarios use.
 *
 * <p>Ids start at 1,000,000 (sequences are moved past them at the end), so Bina's own id blocks never meet them.
 */
final class DataGenerator {

  /** The agency's open classes for the enrolment rush, spread variant: codes RUSH-S-1 ... */
  static final String RUSH_SPREAD = "RUSH-S-";

  static final String RUSH_HOT = "RUSH-H";
  static final String PGBENCH_SPREAD = "PGB-S-";
  static final String PGBENCH_HOT = "PGB-H";
  /** Prime, so that pgbench's (class, employee) pairs stay distinct (see enrolment.pgbench). */
  static final int PGBENCH_CLASSES = 97;

  static final int HOT_CAPACITY = 30;

  private final Settings settings;
  private final Connection db;
  private final Map<String, Long> rowsByTable = new LinkedHashMap<>();
  private double seconds;

  DataGenerator(Settings settings, Connection db) {
    this.settings = settings;
    this.db = db;
  }

  /** The agencies of a scale: as many of at most agencySize employees as needed, equal in size. */
  static List<Integer> agencySizes(int scale, int agencySize) {
    int count = (scale + agencySize - 1) / agencySize;
    List<Integer> sizes = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      sizes.add(scale / count + (a < scale % count ? 1 : 0));
    }
    return sizes;
  }

  static long agencyId(int a) {
    return 1_000_000L + a;
  }

  static long rootUnit(int a) {
    return 1_000_000L + a * 100_000L;
  }

  static long employeeId(int a, long i) {
    return a * 1_000_000L + i;
  }

  /** The agency's unit of about 5,000 people (its first directorate): the gap report's unit. */
  static long firstDirectorate(int a) {
    return rootUnit(a) + 1;
  }

  static int directorates(int employees) {
    return Math.max(1, Math.round(employees / 5000f));
  }

  int rushClassesSpread() {
    return Math.max(20, settings.rushRequests() / 10);
  }

  /** Generates every agency of the scale; prints each step and the load rate. */
  GenerationReport generate(int scale, String passwordHash) throws SQLException {
    long start = System.nanoTime();
    try (Statement s = db.createStatement()) {
      // Bulk load: no per-row triggers (foreign keys, the tally); derived rows are written in bulk instead.
      s.execute("SET session_replication_role = replica");
      s.execute("SET synchronous_commit = on");
    }
    List<Integer> sizes = agencySizes(scale, settings.agencySize());
    for (int a = 1; a <= sizes.size(); a++) {
      generateAgency(a, sizes.get(a - 1), passwordHash);
    }
    step("sequences", sequences());
    try (Statement s = db.createStatement()) {
      s.execute("SET session_replication_role = origin");
    }
    long analyse = System.nanoTime();
    try (Statement s = db.createStatement()) {
      s.execute("VACUUM ANALYZE");
    }
    double analyseSeconds = (System.nanoTime() - analyse) / 1e9;
    seconds = (System.nanoTime() - start) / 1e9;
    long rows = rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    Console.say(String.format(Locale.ROOT, "  loaded %,d rows in %.1f s (VACUUM ANALYZE %.1f s): %,.0f rows/s", rows, seconds,
        analyseSeconds, rows / seconds));
    return new GenerationReport(scale, sizes.size(), rows, seconds, rows / seconds, rowsByTable);
  }

  record GenerationReport(int scale, int agencies, long rows, double seconds, double rowsPerSecond, Map<String, Long> rowsByTable) {}

  private void generateAgency(int a, int employees, String passwordHash) throws SQLException {
    int dirs = directorates(employees);
    int sections = dirs * 50;
    Map<String, String> v = new LinkedHashMap<>();
    v.put("A", Long.toString(agencyId(a)));
    v.put("a", Integer.toString(a));
    v.put("U0", Long.toString(rootUnit(a)));
    v.put("P0", Long.toString(1_000_000L + a * 100L));
    v.put("E0", Long.toString(employeeId(a, 0)));
    v.put("E", Integer.toString(employees));
    v.put("DIRS", Integer.toString(dirs));
    v.put("SECTIONS", Integer.toString(sections));
    v.put("T0", Long.toString(1_000_000L + a * 100L)); // technical competencies
    v.put("C0", Long.toString(1_000_000L + a * 1_000L)); // courses
    v.put("K0", Long.toString(1_000_000L + a * 100_000L)); // classes
    v.put("COMPLETED", Integer.toString(Math.max(400, employees / 25)));
    v.put("MENTORS", Integer.toString(Math.max(10, employees / 100)));
    v.put("HASH", passwordHash.replace("'", "''"));
    v.put("RUSH_S", Integer.toString(a == 1 ? rushClassesSpread() : 0));
    v.put("RUSH_H", Integer.toString(a == 1 ? 1 : 0));
    v.put("PGB_S", Integer.toString(a == 1 ? PGBENCH_CLASSES : 0));
    v.put("HOT", Integer.toString(HOT_CAPACITY));
    Console.say(String.format(Locale.ROOT, "  agency %d: %,d employees, %d directorates, %d sections", a, employees, dirs, sections));
    for (String[] statement : statements()) {
      String sql = statement[1];
      for (Map.Entry<String, String> e : v.entrySet()) {
        sql = sql.replace("${" + e.getKey() + "}", e.getValue());
      }
      long t = System.nanoTime();
      long rows;
      try (Statement s = db.createStatement()) {
        if (statement[0].startsWith("!")) {
          s.execute(sql);
          rows = 0;
        } else if (sql.startsWith("SELECT")) {
          // A function that writes the rows itself and answers how many.
          try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            rows = r.getLong(1);
          }
        } else {
          rows = s.executeLargeUpdate(sql);
        }
      } catch (SQLException e) {
        throw new SQLException("Step " + statement[0] + " failed: " + e.getMessage(), e);
      }
      double secs = (System.nanoTime() - t) / 1e9;
      if (!statement[0].startsWith("!")) {
        step(statement[0], rows);
        if (secs > 1 || rows > 100_000) {
          Console.say(String.format(Locale.ROOT, "    %-28s %,12d rows %7.1f s", statement[0], rows, secs));
        }
      }
    }
  }

  private void step(String table, long rows) {
    rowsByTable.merge(table, rows, Long::sum);
  }

  /** Moves every sequence of Bina's schemas past the generated ids. */
  private long sequences() throws SQLException {
    String sql =
        """
        DO $$
        DECLARE r record; m bigint;
        BEGIN
          FOR r IN SELECT s.schemaname, s.sequencename, t.relname
                   FROM pg_sequences s
                   JOIN pg_class t ON t.relname = regexp_replace(s.sequencename, '_seq$', '')
                   JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = s.schemaname
                   WHERE s.schemaname IN ('platform', 'competency', 'training', 'mentoring', 'evaluation') AND t.relkind = 'r'
          LOOP
            EXECUTE format('SELECT coalesce(max(id), 0) FROM %I.%I', r.schemaname, r.relname) INTO m;
            PERFORM setval(format('%I.%I', r.schemaname, r.sequencename), greatest(m, 1000000) + 1000);
          END LOOP;
        END $$""";
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
    return 0;
  }

  /** SQL for one NIP per generated index g: birth date, appointment month (age 25), gender, sequence. */
  static String nip(String g) {
    String birth = "(date '1960-01-01' + ((" + g + ") / 1998)::int)";
    return "to_char(" + birth + ", 'YYYYMMDD') || (extract(year FROM " + birth + ")::int + 25)::text"
        + " || lpad((((" + g + ") / 1998) % 12 + 1)::text, 2, '0') || (1 + ((" + g + ") / 999) % 2)::text"
        + " || lpad(((" + g + ") % 999 + 1)::text, 3, '0')";
  }

  /** The same NIP in Java, for the import file. */
  static String nip(long g) {
    java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1).plusDays(g / 1998);
    return String.format(Locale.ROOT, "%s%d%02d%d%03d", birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
        birth.getYear() + 25, (g / 1998) % 12 + 1, 1 + (g / 999) % 2, g % 999 + 1);
  }

  /** Steps as {table, sql}; a table name starting with ! is a statement whose rows are not counted. */
  private static List<String[]> statements() {
    List<String[]> s = new ArrayList<>();
    s.add(new String[] {"platform.agency",
        "INSERT INTO platform.agency (id, code, name, time_zone) VALUES (${A}, 'BENCH${a}', 'Instansi Uji Skala ${a}', 'Asia/Jakarta')"});
    // Unit tree: root > directorates (5,000 people) > 10 sub-directorates > 5 sections.
    s.add(new String[] {"platform.org_unit", """
        INSERT INTO platform.org_unit (id, agency_id, parent_id, code, name, path)
        SELECT ${U0}, ${A}, NULL, 'R', 'Sekretariat Jenderal', '/${U0}/'
        UNION ALL
        SELECT ${U0} + d, ${A}, ${U0}, 'D' || d, 'Direktorat ' || d, '/${U0}/' || (${U0} + d) || '/'
        FROM generate_series(1, ${DIRS}) d
        UNION ALL
        SELECT ${U0} + 1000 + (d - 1) * 10 + v, ${A}, ${U0} + d, 'D' || d || '.' || v, 'Subdirektorat ' || d || '.' || v,
               '/${U0}/' || (${U0} + d) || '/' || (${U0} + 1000 + (d - 1) * 10 + v) || '/'
        FROM generate_series(1, ${DIRS}) d, generate_series(1, 10) v
        UNION ALL
        SELECT ${U0} + 20000 + ((d - 1) * 10 + v - 1) * 5 + x, ${A}, ${U0} + 1000 + (d - 1) * 10 + v,
               'S' || d || '.' || v || '.' || x, 'Seksi ' || d || '.' || v || '.' || x,
               '/${U0}/' || (${U0} + d) || '/' || (${U0} + 1000 + (d - 1) * 10 + v) || '/' || (${U0} + 20000 + ((d - 1) * 10 + v - 1) * 5 + x) || '/'
        FROM generate_series(1, ${DIRS}) d, generate_series(1, 10) v, generate_series(1, 5) x"""});
    s.add(new String[] {"platform.position", """
        INSERT INTO platform.position (id, agency_id, code, name, position_class, functional_grade)
        SELECT ${P0} + p, ${A}, 'J' || p, 'Jabatan ' || p,
               CASE WHEN p = 0 THEN 'PENGAWAS' WHEN p = 1 THEN 'ADMINISTRATOR'
                    ELSE (ARRAY['EXECUTOR','EXECUTOR','EXECUTOR','FUNCTIONAL','FUNCTIONAL'])[1 + p % 5] END,
               CASE WHEN p > 1 AND p % 5 IN (3, 4) THEN (ARRAY['AHLI_PERTAMA','AHLI_MUDA'])[1 + p % 2] END
        FROM generate_series(0, 49) p"""});
    // Employee i (1..E) sits in section (i - 1) % SECTIONS; the first SECTIONS employees head their section.
    s.add(new String[] {"platform.employee", """
        INSERT INTO platform.employee (id, agency_id, nip, name, rank_grade, unit_id, position_id, supervisor_id, email,
                                       created_at, created_by, updated_at, updated_by)
        SELECT ${E0} + i, ${A}, """ + nip("${E0} + i") + """
               , (ARRAY['Budi','Siti','Agus','Dewi','Rudi','Sri','Andi','Rina','Eko','Wati'])[1 + i % 10] || ' '
                 || (ARRAY['Santoso','Rahayu','Wijaya','Lestari','Saputra','Hidayat','Kusuma','Pratama'])[1 + (i / 10) % 8] || ' ' || i,
               (ARRAY['II/c','III/a','III/b','III/c','III/d','IV/a'])[1 + i % 6],
               ${U0} + 20000 + (i - 1) % ${SECTIONS} + 1,
               ${P0} + CASE WHEN i <= ${SECTIONS} THEN 0 ELSE 2 + i % 48 END,
               CASE WHEN i <= ${SECTIONS} THEN NULL ELSE ${E0} + (i - 1) % ${SECTIONS} + 1 END,
               'pegawai' || i || '@bench${a}.go.id', now(), 'benchmark', now(), 'benchmark'
        FROM generate_series(1, ${E}) i"""});
    // Every employee signs in as b<a>-<i>; the first is also the agency's HR manager (hr-bench<a>).
    s.add(new String[] {"platform.user_account", """
        INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)
        SELECT ${E0} + i, ${A}, 'b${a}-' || i, '${HASH}', ${E0} + i FROM generate_series(1, ${E}) i
        UNION ALL
        SELECT ${E0}, ${A}, 'hr-bench${a}', '${HASH}', ${E0} + ${E}"""});
    s.add(new String[] {"platform.user_role", """
        INSERT INTO platform.user_role (user_id, role)
        SELECT ${E0} + i, 'EMPLOYEE' FROM generate_series(1, ${E}) i
        UNION ALL SELECT ${E0} + i, 'SUPERVISOR' FROM generate_series(1, ${SECTIONS}) i
        UNION ALL SELECT ${E0} + ${E} - m, 'MENTOR' FROM generate_series(0, ${MENTORS} - 1) m
        UNION ALL SELECT ${E0}, r FROM unnest(ARRAY['HR_MANAGER', 'EMPLOYEE']) r"""});

    // Competencies: the 9 national ones (migrations) and 20 technical ones of the agency.
    s.add(new String[] {"competency.competency", """
        INSERT INTO competency.competency (id, agency_id, code, category, current_revision)
        SELECT ${T0} + t, ${A}, 'T.' || lpad(t::text, 2, '0'), 'TECHNICAL', 1 FROM generate_series(1, 20) t"""});
    s.add(new String[] {"competency.competency_revision", """
        INSERT INTO competency.competency_revision (id, competency_id, revision, name_id, name_en, definition_id, created_at, created_by)
        SELECT ${T0} + t, ${T0} + t, 1, 'Kompetensi Teknis ' || t, 'Technical competency ' || t, 'Kompetensi teknis uji ' || t, now(), 'benchmark'
        FROM generate_series(1, 20) t"""});
    s.add(new String[] {"competency.proficiency_level", """
        INSERT INTO competency.proficiency_level (revision_id, level, description_id, indicators)
        SELECT ${T0} + t, l, 'Level ' || l, '' FROM generate_series(1, 20) t, generate_series(1, 5) l"""});
    s.add(new String[] {"competency.position_standard", """
        INSERT INTO competency.position_standard (position_id, agency_id, version, updated_at, updated_by)
        SELECT ${P0} + p, ${A}, 1, now(), 'benchmark' FROM generate_series(0, 49) p"""});
    s.add(new String[] {"competency.position_standard_entry", """
        INSERT INTO competency.position_standard_entry (position_id, competency_id, required_level)
        SELECT ${P0} + p, c.id, 2 + (p + c.id::int) % 3 FROM generate_series(0, 49) p, competency.competency c WHERE c.agency_id IS NULL
        UNION ALL
        SELECT ${P0} + p, ${T0} + 1 + (p * 3 + k) % 20, 2 + (p + k) % 3 FROM generate_series(0, 49) p, generate_series(0, 2) k"""});
    // 85 % of (employee, required competency) assessed 1-3 times in the last 1,200 days (some expired).
    s.add(new String[] {"competency.assessment", """
        INSERT INTO competency.assessment (id, agency_id, employee_id, competency_id, revision, level, method, assessed_on, assessor, created_at)
        SELECT ${E0} * 40 + row_number() OVER (), ${A}, e.id, x.competency_id, 1, 1 + (h >> 3) % 5,
               (ARRAY['SELF','SUPERVISOR','SUPERVISOR','MULTI_RATER','ASSESSMENT_CENTRE','WRITTEN_TEST'])[1 + (h >> 6) % 6],
               current_date - ((h >> 9) % 1200)::int, 'benchmark', now()
        FROM platform.employee e
        JOIN competency.position_standard_entry x ON x.position_id = e.position_id
        CROSS JOIN LATERAL generate_series(1, 3) n
        CROSS JOIN LATERAL (SELECT abs(hashint8(e.id * 1000 + x.competency_id * 7 + n)) AS h) r
        WHERE e.agency_id = ${A} AND h % 100 < CASE n WHEN 1 THEN 85 WHEN 2 THEN 45 ELSE 15 END"""});
    // The current level: the winner of the precedence rule among assessments of the last three years.
    s.add(new String[] {"competency.current_level", """
        INSERT INTO competency.current_level (employee_id, competency_id, agency_id, level, assessment_id, assessed_on, unit_id, position_id, active)
        SELECT DISTINCT ON (a.employee_id, a.competency_id)
               a.employee_id, a.competency_id, a.agency_id, a.level, a.id, a.assessed_on, e.unit_id, e.position_id, e.active
        FROM competency.assessment a
        JOIN (VALUES ('ASSESSMENT_CENTRE', 5), ('MULTI_RATER', 4), ('SUPERVISOR', 3), ('WRITTEN_TEST', 3),
                     ('TRAINING_EVIDENCE', 2), ('SELF', 1)) w (method, weight) ON w.method = a.method
        JOIN platform.employee e ON e.id = a.employee_id
        WHERE a.agency_id = ${A} AND a.assessed_on >= (current_date - interval '3 years')::date
        ORDER BY a.employee_id, a.competency_id, w.weight DESC, a.assessed_on DESC, a.id DESC"""});
    s.add(new String[] {"competency.level_tally", """
        INSERT INTO competency.level_tally (agency_id, unit_id, position_id, competency_id, level, n)
        SELECT agency_id, unit_id, position_id, competency_id, level, count(*) FROM competency.current_level
        WHERE agency_id = ${A} AND active AND unit_id IS NOT NULL AND position_id IS NOT NULL
        GROUP BY agency_id, unit_id, position_id, competency_id, level"""});
    s.add(new String[] {"competency.level_tally_subtree", """
        INSERT INTO competency.level_tally_subtree (agency_id, unit_id, position_id, competency_id, level, n)
        SELECT t.agency_id, a.unit_id, t.position_id, t.competency_id, t.level, sum(t.n)
        FROM competency.level_tally t CROSS JOIN LATERAL competency.unit_and_ancestors(t.unit_id) a
        WHERE t.agency_id = ${A}
        GROUP BY t.agency_id, a.unit_id, t.position_id, t.competency_id, t.level"""});
    // Each person's gap summary (the unit gap report's rows), by the same function the trigger calls. The tables it
    // reads were just filled: without statistics the planner takes them for empty and scans them once per person.
    s.add(new String[] {"!analyze", "ANALYZE platform.employee, competency.current_level, competency.position_standard_entry"});
    s.add(new String[] {"competency.gap_summary", "SELECT competency.refresh_gap_summary(${A}, NULL)"});

    // Catalog: 200 published courses (the search vector's trigger must run: origin replication role).
    s.add(new String[] {"!origin", "SET session_replication_role = origin"});
    s.add(new String[] {"training.course", """
        INSERT INTO training.course (id, agency_id, code, title, description, course_type, modality, lesson_hours, provider_kind,
                                     provider_name, cost_per_participant, status, search_config, created_at, created_by, updated_at, updated_by)
        SELECT ${C0} + c, ${A}, 'PLT-' || c,
               (ARRAY['Pengelolaan Keuangan Daerah','Manajemen Aset','Analisis Kebijakan Publik','Pelayanan Publik Prima',
                      'Perencanaan Anggaran','Audit Kinerja','Pengadaan Barang dan Jasa','Kepemimpinan Pengawas',
                      'Literasi Data','Penulisan Naskah Dinas'])[1 + c % 10] || ' ' || c,
               'Pelatihan ' || (ARRAY['keuangan','aset','kebijakan','pelayanan','anggaran','audit','pengadaan','kepemimpinan','data','naskah'])[1 + c % 10]
                 || ' untuk aparatur sipil negara, angkatan ' || c,
               (ARRAY['TECHNICAL','TECHNICAL','FUNCTIONAL','SOCIO_CULTURAL'])[1 + c % 4],
               (ARRAY['CLASSROOM','E_LEARNING','WORKSHOP'])[1 + c % 3], (ARRAY[8, 16, 24, 32, 40])[1 + c % 5],
               'INTERNAL', 'Pusdiklat', 1500000, 'PUBLISHED',
               coalesce((SELECT 'indonesian' FROM pg_ts_config WHERE cfgname = 'indonesian'), 'simple'),
               now(), 'benchmark', now(), 'benchmark'
        FROM generate_series(1, 200) c"""});
    s.add(new String[] {"!replica", "SET session_replication_role = replica"});
    s.add(new String[] {"training.course_competency", """
        INSERT INTO training.course_competency (course_id, competency_id, target_level)
        SELECT ${C0} + c, ${T0} + 1 + c % 20, 3 + c % 2 FROM generate_series(1, 200) c
        UNION ALL
        SELECT ${C0} + c, n.id, 3 FROM generate_series(1, 200) c
        JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM competency.competency WHERE agency_id IS NULL) n ON n.k = c % 9"""});
    // Classes: one open class per course; COMPLETED past classes; the rush's and pgbench's open classes.
    s.add(new String[] {"training.training_class", """
        INSERT INTO training.training_class (id, agency_id, course_id, code, name, venue, capacity, seats_taken, pool_seats_taken,
                                             enrolment_opens, enrolment_closes, first_session_on, last_session_on, status,
                                             created_at, created_by, updated_at, updated_by, arrivals)
        SELECT ${K0} + c, ${A}, ${C0} + c, 'OPEN-' || c, 'Angkatan terbuka ' || c, 'Aula Pusdiklat', 30, 0, 0,
               current_date - 10, current_date + 20, current_date + 30 + c % 60, current_date + 31 + c % 60, 'OPEN',
               now(), 'benchmark', now(), 'benchmark', 0
        FROM generate_series(1, 200) c
        UNION ALL
        SELECT ${K0} + 1000 + k, ${A}, ${C0} + 1 + k % 200, 'DONE-' || k, 'Angkatan selesai ' || k, 'Aula Pusdiklat', 40, 0, 0,
               d - 40, d - 10, d, d + 1, 'COMPLETED', now(), 'benchmark', now(), 'benchmark', 0
        FROM generate_series(1, ${COMPLETED}) k, LATERAL (SELECT current_date - 20 - (k * 7919) % 700 AS d) x
        UNION ALL
        SELECT ${K0} + 90000 + k, ${A}, ${C0} + 1, '${RUSH_SPREAD}' || k, 'Angkatan rush ' || k, 'Aula Pusdiklat', 30, 0, 0,
               current_date - 10, current_date + 50, current_date + 60, current_date + 60, 'OPEN',
               now(), 'benchmark', now(), 'benchmark', 0
        FROM generate_series(1, ${RUSH_S}) k
        UNION ALL
        SELECT ${K0} + 99000, ${A}, ${C0} + 2, '${RUSH_HOT}', 'Angkatan favorit', 'Aula Pusdiklat', ${HOT}, 0, 0,
               current_date - 10, current_date + 50, current_date + 61, current_date + 61, 'OPEN',
               now(), 'benchmark', now(), 'benchmark', 0
        FROM generate_series(1, ${RUSH_H}) k
        UNION ALL
        SELECT ${K0} + 98000 + k, ${A}, ${C0} + 3, '${PGBENCH_SPREAD}' || k, 'Angkatan pgbench ' || k, 'Aula Pusdiklat', 1000000, 0, 0,
               current_date - 10, current_date + 50, current_date + 70, current_date + 70, 'OPEN',
               now(), 'benchmark', now(), 'benchmark', 0
        FROM generate_series(1, ${PGB_S}) k
        UNION ALL
        SELECT ${K0} + 99001, ${A}, ${C0} + 4, '${PGBENCH_HOT}', 'Angkatan pgbench favorit', 'Aula Pusdiklat', ${HOT}, 0, 0,
               current_date - 10, current_date + 50, current_date + 71, current_date + 71, 'OPEN',
               now(), 'benchmark', now(), 'benchmark', 0
        FROM generate_series(1, ${RUSH_H}) k"""
            .replace("${RUSH_SPREAD}", RUSH_SPREAD).replace("${RUSH_HOT}", RUSH_HOT)
            .replace("${PGBENCH_SPREAD}", PGBENCH_SPREAD).replace("${PGBENCH_HOT}", PGBENCH_HOT)});
    s.add(new String[] {"training.class_session", """
        INSERT INTO training.class_session (class_id, seq, session_date, starts_at, ends_at)
        SELECT k.id, n - 1, k.first_session_on + (n - 1), time '08:00', time '15:30'
        FROM training.training_class k, generate_series(1, 2) n
        WHERE k.agency_id = ${A} AND k.first_session_on + (n - 1) <= k.last_session_on"""});
    s.add(new String[] {"training.class_trainer", """
        INSERT INTO training.class_trainer (class_id, seq, external_name)
        SELECT id, 0, 'Widyaiswara ' || (id % 50) FROM training.training_class WHERE agency_id = ${A}"""});
    // About 1.2 completed-class enrolments per employee (30 per class of 40), 90 % of them completed.
    s.add(new String[] {"training.enrolment", """
        INSERT INTO training.enrolment (id, agency_id, class_id, employee_id, arrival, status, seat_kind, approver_employee_id,
                                        decided_by, attendance_percent, pre_test_score, post_test_score, requested_at, updated_at, updated_by, version)
        SELECT ${E0} * 10 + k * 40 + n, ${A}, ${K0} + 1000 + k, ${E0} + 1 + ((k * 31 + n * 7919) % ${E}), n,
               CASE WHEN (k + n) % 10 = 0 THEN 'NOT_COMPLETED' ELSE 'COMPLETED' END, 'POOL', NULL, 'benchmark',
               CASE WHEN (k + n) % 10 = 0 THEN 50 ELSE 100 END, 40 + (k * n) % 40, 60 + (k + n * 3) % 40,
               now() - interval '1 year', now(), 'benchmark', 3
        FROM generate_series(1, ${COMPLETED}) k, generate_series(1, 30) n"""});
    s.add(new String[] {"!seats", """
        UPDATE training.training_class k SET seats_taken = x.n, pool_seats_taken = x.n, arrivals = x.n
        FROM (SELECT class_id, count(*) AS n FROM training.enrolment WHERE agency_id = ${A} GROUP BY class_id) x
        WHERE k.id = x.class_id"""});
    s.add(new String[] {"training.jp_entry", """
        INSERT INTO training.jp_entry (id, agency_id, employee_id, year, entry_day, jp, source, source_ref, title, created_at)
        SELECT e.id, e.agency_id, e.employee_id, extract(year FROM k.last_session_on)::int, k.last_session_on, c.lesson_hours,
               'TRAINING_CLASS', e.id::text, c.code || ' ' || c.title, now()
        FROM training.enrolment e JOIN training.training_class k ON k.id = e.class_id JOIN training.course c ON c.id = k.course_id
        WHERE e.agency_id = ${A} AND e.status = 'COMPLETED'"""});
    s.add(new String[] {"training.certificate", """
        INSERT INTO training.certificate (id, agency_id, enrolment_id, employee_id, number, holder_name, course_code, course_title,
                                          class_name, first_day, last_day, jp, issued_on, created_at)
        SELECT e.id, e.agency_id, e.id, e.employee_id, 'BINA-B${a}-' || e.id, p.name, c.code, c.title, k.name,
               k.first_session_on, k.last_session_on, c.lesson_hours, k.last_session_on, now()
        FROM training.enrolment e JOIN training.training_class k ON k.id = e.class_id JOIN training.course c ON c.id = k.course_id
        JOIN platform.employee p ON p.id = e.employee_id
        WHERE e.agency_id = ${A} AND e.status = 'COMPLETED'"""});

    // Mentoring: 3 programmes; the last MENTORS employees mentor 3 mentees each; 4 confirmed sessions a mentoring.
    s.add(new String[] {"mentoring.programme", """
        INSERT INTO mentoring.programme (id, agency_id, name, kind, duration_months, target_sessions_per_month, jp_per_session,
                                         unit_rule, updated_at, updated_by)
        SELECT ${E0} + p, ${A}, (ARRAY['Orientasi CPNS','Kepemimpinan','Talenta'])[p], (ARRAY['ONBOARDING','LEADERSHIP','TALENT_POOL'])[p],
               6, 2, 2, 'ANY', now(), 'benchmark'
        FROM generate_series(1, 3) p"""});
    s.add(new String[] {"mentoring.mentor", """
        INSERT INTO mentoring.mentor (id, agency_id, employee_id, status, max_mentees, availability, applied_by, applied_at, approved_by, approved_at)
        SELECT ${E0} + m, ${A}, ${E0} + ${E} - m, 'APPROVED', 5, 'Selasa dan Kamis', 'benchmark', now() - interval '200 days',
               'benchmark', now() - interval '199 days'
        FROM generate_series(0, ${MENTORS} - 1) m"""});
    s.add(new String[] {"mentoring.mentor_competency", """
        INSERT INTO mentoring.mentor_competency (mentor_id, competency_id)
        SELECT ${E0} + m, ${T0} + 1 + (m + k * 7) % 20 FROM generate_series(0, ${MENTORS} - 1) m, generate_series(0, 1) k"""});
    // Mentees: the employees just above the section heads, three per mentor, none a mentor themselves.
    s.add(new String[] {"mentoring.assignment", """
        INSERT INTO mentoring.assignment (id, agency_id, programme_id, mentee_employee_id, mentor_id, mentor_employee_id, status,
                                          starts_on, created_by, created_at, mentor_signed_at, mentee_signed_at, action_plan)
        SELECT ${E0} + m * 3 + j, ${A}, ${E0} + 1 + (m + j) % 3, ${E0} + ${SECTIONS} + 1 + m * 3 + j, ${E0} + m, ${E0} + ${E} - m, 'ACTIVE',
               current_date - 120, 'benchmark', now() - interval '120 days', now() - interval '119 days', now() - interval '119 days',
               'Rencana aksi pembimbingan'
        FROM generate_series(0, ${MENTORS} - 1) m, generate_series(0, 2) j"""});
    s.add(new String[] {"mentoring.assignment_goal", """
        INSERT INTO mentoring.assignment_goal (assignment_id, position, competency_id, target_level, due_on, self_level)
        SELECT a.id, 0, ${T0} + 1 + (a.id % 20), 4, current_date + 60, 2 FROM mentoring.assignment a WHERE a.agency_id = ${A}"""});
    s.add(new String[] {"mentoring.session", """
        INSERT INTO mentoring.session (id, agency_id, assignment_id, mentor_employee_id, mentee_employee_id, held_on, duration_minutes,
                                       mode, topics, shared_summary, private_notes, confirmed_at, created_at)
        SELECT a.id * 10 + n, ${A}, a.id, a.mentor_employee_id, a.mentee_employee_id, current_date - 110 + n * 25, 60,
               (ARRAY['IN_PERSON','ONLINE'])[1 + n % 2], 'Topik ' || n, 'Ringkasan sesi ' || n, 'Catatan ' || n,
               now() - interval '1 day' * (100 - n * 25), now() - interval '1 day' * (100 - n * 25)
        FROM mentoring.assignment a, generate_series(1, 4) n WHERE a.agency_id = ${A}"""});
    s.add(new String[] {"mentoring.feedback", """
        INSERT INTO mentoring.feedback (id, agency_id, programme_id, mentor_id, q1, q2, q3, q4, q5)
        SELECT ${E0} + m * 5 + f, ${A}, ${E0} + 1 + f % 3, ${E0} + m, 3 + f % 3, 4, 3 + (m + f) % 3, 5, 4
        FROM generate_series(0, ${MENTORS} - 1) m, generate_series(0, 4) f"""});

    // Evaluation: each completed class as the ClassCompleted event records it.
    s.add(new String[] {"evaluation.evaluated_class", """
        INSERT INTO evaluation.evaluated_class (class_id, agency_id, class_code, class_name, course_id, course_code, course_title,
                                                course_type, modality, provider_name, cost_per_participant, lesson_hours,
                                                first_session_on, last_session_on)
        SELECT k.id, k.agency_id, k.code, k.name, c.id, c.code, c.title, c.course_type, c.modality, c.provider_name,
               c.cost_per_participant, c.lesson_hours, k.first_session_on, k.last_session_on
        FROM training.training_class k JOIN training.course c ON c.id = k.course_id
        WHERE k.agency_id = ${A} AND k.status = 'COMPLETED'"""});
    s.add(new String[] {"evaluation.evaluated_class_target", """
        INSERT INTO evaluation.evaluated_class_target (class_id, competency_id, target_level)
        SELECT k.id, cc.competency_id, cc.target_level FROM training.training_class k
        JOIN training.course_competency cc ON cc.course_id = k.course_id WHERE k.agency_id = ${A} AND k.status = 'COMPLETED'"""});
    s.add(new String[] {"evaluation.evaluated_class_trainer", """
        INSERT INTO evaluation.evaluated_class_trainer (class_id, trainer_key, external_name)
        SELECT k.id, 'XWidyaiswara ' || (k.id % 50), 'Widyaiswara ' || (k.id % 50) FROM training.training_class k
        WHERE k.agency_id = ${A} AND k.status = 'COMPLETED'"""});
    s.add(new String[] {"evaluation.participation", """
        INSERT INTO evaluation.participation (id, agency_id, class_id, enrolment_id, employee_id, unit_id, unit_path, position_kind,
                                              completed, attendance_percent, pre_test_score, post_test_score)
        SELECT e.id, e.agency_id, e.class_id, e.id, e.employee_id, d.unit_id, d.unit_path, d.position_kind,
               e.status = 'COMPLETED', e.attendance_percent, e.pre_test_score, e.post_test_score
        FROM training.enrolment e JOIN platform.employee_directory d ON d.employee_id = e.employee_id
        WHERE e.agency_id = ${A} AND e.status IN ('COMPLETED', 'NOT_COMPLETED')"""});
    // Reaction surveys (level 1) on the standard questionnaire, closed two weeks after each class: every completed
    // participant invited, seven in ten answered; answers are anonymous rows (a response id, no person).
    s.add(new String[] {"evaluation.reaction_survey", """
        INSERT INTO evaluation.reaction_survey (id, agency_id, class_id, kind, questionnaire_id, opens_on, closes_on)
        SELECT k.class_id, k.agency_id, k.class_id, 'REACTION', 1, k.last_session_on, k.last_session_on + 14
        FROM evaluation.evaluated_class k WHERE k.agency_id = ${A}"""});
    s.add(new String[] {"evaluation.survey_invitation", """
        INSERT INTO evaluation.survey_invitation (id, survey_id, employee_id, answered)
        SELECT p.id, p.class_id, p.employee_id, p.id % 10 < 7
        FROM evaluation.participation p WHERE p.agency_id = ${A} AND p.completed"""});
    s.add(new String[] {"evaluation.survey_response", """
        INSERT INTO evaluation.survey_response (id, survey_id)
        SELECT md5('bench-' || i.id)::uuid, i.survey_id
        FROM evaluation.survey_invitation i JOIN evaluation.reaction_survey r ON r.id = i.survey_id
        WHERE r.agency_id = ${A} AND i.answered"""});
    s.add(new String[] {"evaluation.survey_answer", """
        INSERT INTO evaluation.survey_answer (response_id, position, score, comment)
        SELECT md5('bench-' || i.id)::uuid, q, CASE WHEN q < 8 THEN 2 + (i.id + q * 7) % 4 END,
               CASE WHEN q = 8 AND i.id % 5 = 0 THEN 'Saran perbaikan ' || (i.id % 37) END
        FROM evaluation.survey_invitation i JOIN evaluation.reaction_survey r ON r.id = i.survey_id, generate_series(1, 8) q
        WHERE r.agency_id = ${A} AND i.answered AND (q < 8 OR i.id % 5 = 0)"""});
    return s;
  }
}
