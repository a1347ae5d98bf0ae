package id.bina.competency.application;

import id.bina.competency.CompetencyGaps;
import id.bina.competency.EmployeeGap;
import id.bina.competency.HeatMapView;
import id.bina.competency.UnitGapView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gap analysis over many people: the heat map, the employees with a given gap, a unit's gap report and its
 * export. All of it is aggregate SQL over the current levels, the position standards and the platform's
 * published employee directory (one statement per answer, whatever the agency's size). Every statement is
 * scoped by the caller's agency. Required levels follow {@link StandardService#get}: a position's written
 * entries, and for the national competencies not written the default level of its kind of position.
 */
@ApplicationScoped
public class GapReports implements CompetencyGaps {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject
  @ConfigProperty(name = "bina.competency.assessment-valid-years", defaultValue = "3")
  int validYears;

  @Inject
  @ConfigProperty(name = "bina.competency.jpm-cap-at-standard", defaultValue = "true")
  boolean capAtStandard;

  /**
   * The required level per position of the caller's agency and competency (view competency.required_level: the
   * written entries, and the national competencies at the default level of the position's kind). Parameter: agency.
   */
  private static final String REQUIRED =
      "required AS (SELECT position_id, competency_id, required_level FROM competency.required_level WHERE agency_id = ?)";

  /** The units of a subtree (parameters: agency, path prefix). */
  private static final String SUBTREE_UNITS =
      "(SELECT unit_id FROM platform.unit_directory WHERE agency_id = ? AND unit_path LIKE ?)";

  /**
   * One line per person in scope and competency their position requires, with their current level (null when
   * not validly assessed). Parameters: agency (required), agency (people), the scope's, agency, valid-from
   * (current levels).
   */
  private static String lines(String peopleScope) {
    return "WITH "
        + REQUIRED
        + ", people AS ("
        + " SELECT d.employee_id, d.nip, d.name, d.unit_id, d.unit_path, d.position_id, d.position_name"
        + " FROM platform.employee_directory d"
        + " WHERE d.agency_id = ? AND d.active AND d.position_id IS NOT NULL AND "
        + peopleScope
        // Each person's levels are fetched once (one index range per person), then matched to the lines.
        + "), levels AS ("
        + " SELECT cl.employee_id, cl.competency_id, cl.level, cl.assessment_id, cl.assessed_on"
        + " FROM people pe JOIN competency.current_level cl ON cl.employee_id = pe.employee_id"
        + " WHERE cl.agency_id = ? AND cl.assessed_on >= ?"
        + "), lines AS ("
        + " SELECT pe.employee_id, pe.nip, pe.name, pe.unit_id, pe.unit_path, pe.position_name, r.competency_id,"
        + " r.required_level, cl.level AS current_level, cl.assessment_id, cl.assessed_on"
        + " FROM people pe JOIN required r ON r.position_id = pe.position_id"
        + " LEFT JOIN levels cl ON cl.employee_id = pe.employee_id AND cl.competency_id = r.competency_id"
        + ")";
  }

  /**
   * Large reports aggregate millions of rows: room to hash them in memory rather than sort on disk; {@code jit}
   * false also turns PostgreSQL's JIT compilation off for the transaction (one statement either way; true leaves
   * the server's setting alone).
   */
  private static void roomForAggregates(Connection c, boolean jit) throws SQLException {
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("SELECT set_config('work_mem', '64MB', true)" + (jit ? "" : ", set_config('jit', 'off', true)"));
    }
  }

  private static void roomForAggregates(Connection c) throws SQLException {
    roomForAggregates(c, true);
  }

  private record Scope(HeatMapView.Unit unit, String path) {}

  /** The unit of the caller's agency (null: the whole agency) with its full path; 404 for any other. */
  private Scope scope(Connection c, Long unitId) throws SQLException {
    if (unitId == null) {
      return new Scope(null, "/");
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT unit_id, code, name, parent_id, unit_path FROM platform.unit_directory WHERE unit_id = ? AND agency_id = ?")) {
      s.setLong(1, unitId);
      s.setLong(2, caller.agencyId());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("Unit", unitId);
        }
        return new Scope(unit(r), r.getString(5));
      }
    }
  }

  private static HeatMapView.Unit unit(ResultSet r) throws SQLException {
    return new HeatMapView.Unit(r.getLong(1), r.getString(2), r.getString(3), (Long) r.getObject(4));
  }

  private Date validFrom() {
    return Date.valueOf(LocalDate.now(directory.zone()).minusYears(validYears));
  }

  /** Binds the parameters of {@link #lines} with a subtree scope, returning the next free index. */
  private int bindLines(PreparedStatement s, String path) throws SQLException {
    s.setLong(1, caller.agencyId());
    s.setLong(2, caller.agencyId());
    s.setLong(3, caller.agencyId());
    s.setString(4, escapeLike(path) + "%");
    s.setLong(5, caller.agencyId());
    s.setDate(6, validFrom());
    return 7;
  }

  /** People in a subtree (parameters: agency, path prefix). */
  private static final String SUBTREE = "d.unit_id IN " + SUBTREE_UNITS;

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private void requireHr() {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("Agency-wide gap analysis is for HR managers");
    }
  }

  /** Checks that the caller may report on the unit (404 when it is not of their agency). */
  @Transactional
  public void heatMapScope(Long unitId) {
    requireHr();
    try {
      scope(em.unwrap(Connection.class), unitId);
    } catch (SQLException e) {
      throw new IllegalStateException("unit lookup failed", e);
    }
  }

  @Override
  @Transactional
  public HeatMapView heatMap(Long unitId) {
    requireHr();
    Connection c = em.unwrap(Connection.class);
    try {
      Scope scope = scope(c, unitId);
      // Rows: the units directly below, in name order, and whether they have units below them.
      Map<String, HeatMapView.Unit> children = new LinkedHashMap<>();
      Map<String, Boolean> hasSubunits = new LinkedHashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT u.unit_id, u.code, u.name, u.parent_id,"
                  + " EXISTS (SELECT 1 FROM platform.unit_directory x WHERE x.parent_id = u.unit_id)"
                  + " FROM platform.unit_directory u WHERE u.agency_id = ? AND "
                  + (unitId == null ? "u.parent_id IS NULL" : "u.parent_id = ?")
                  + " ORDER BY u.name, u.unit_id")) {
        s.setLong(1, caller.agencyId());
        if (unitId != null) {
          s.setLong(2, unitId);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            children.put(Long.toString(r.getLong(1)), unit(r));
            hasSubunits.put(Long.toString(r.getLong(1)), r.getBoolean(5));
          }
        }
      }
      // The first path segment below the drilled unit names the row; '' means placed in the unit itself.
      String units =
          "units AS (SELECT unit_id, split_part(substr(unit_path, "
              + (scope.path().length() + 1)
              + "), '/', 1) AS row_key FROM platform.unit_directory WHERE agency_id = ? AND unit_path LIKE ?)";
      // Levels come counted (kept by a trigger on current_level, so millions of levels are never read here): a
      // row's from level_tally_subtree, which counts each level for every unit above its person; the drilled
      // unit's own people from level_tally, which counts them for their own unit only.
      // People come counted per row and position; competency -1 carries each row's head count.
      roomForAggregates(c);
      Map<String, Map<Long, HeatMapView.Cell>> cells = new LinkedHashMap<>();
      Map<Long, HeatMapView.Cell> totals = new LinkedHashMap<>();
      Map<String, Long> employees = new LinkedHashMap<>();
      long allEmployees = 0;
      try (PreparedStatement s =
          c.prepareStatement(
              "WITH "
                  + REQUIRED
                  + ", "
                  + units
                  + ", people AS (SELECT u.row_key, p.position_id, count(*) AS n FROM platform.employee_placement p"
                  + " JOIN units u ON u.unit_id = p.unit_id"
                  + " WHERE p.agency_id = ? AND p.active AND p.position_id IS NOT NULL GROUP BY 1, 2"
                  + "), held AS (SELECT t.unit_id::text AS row_key, t.position_id, t.competency_id, t.level, t.n"
                  + " FROM competency.level_tally_subtree t WHERE t.agency_id = ? AND t.n > 0 AND t.unit_id IN"
                  + " (SELECT unit_id FROM platform.unit_directory WHERE agency_id = ? AND "
                  + (unitId == null ? "parent_id IS NULL" : "parent_id = ?")
                  + ") UNION ALL SELECT '', t.position_id, t.competency_id, t.level, t.n"
                  + " FROM competency.level_tally t WHERE t.agency_id = ? AND t.unit_id = ? AND t.n > 0"
                  + "), counts AS ("
                  + " SELECT p.row_key, -1::bigint AS competency_id, p.n AS required, 0::bigint AS assessed, 0::bigint AS below, 0::bigint AS gaps"
                  + " FROM people p"
                  + " UNION ALL"
                  + " SELECT p.row_key, r.competency_id, p.n, 0, 0, 0"
                  + " FROM people p JOIN required r ON r.position_id = p.position_id"
                  + " UNION ALL"
                  + " SELECT h.row_key, r.competency_id, 0, h.n, CASE WHEN h.level < r.required_level THEN h.n ELSE 0 END,"
                  + " h.n * greatest(r.required_level - h.level, 0)"
                  + " FROM held h JOIN required r ON r.position_id = h.position_id AND r.competency_id = h.competency_id"
                  + ") SELECT c.row_key, c.competency_id, sum(c.required), sum(c.assessed), sum(c.below),"
                  + " sum(c.gaps)::numeric / nullif(sum(c.assessed), 0)"
                  + " FROM counts c GROUP BY GROUPING SETS ((c.row_key, c.competency_id), (c.competency_id))")) {
        int i = 1;
        s.setLong(i++, caller.agencyId()); // required
        s.setLong(i++, caller.agencyId()); // units
        s.setString(i++, escapeLike(scope.path()) + "%");
        s.setLong(i++, caller.agencyId()); // people
        s.setLong(i++, caller.agencyId()); // held: the rows' counts
        s.setLong(i++, caller.agencyId());
        if (unitId != null) {
          s.setLong(i++, unitId);
        }
        s.setLong(i++, caller.agencyId()); // held: the drilled unit's own people
        s.setLong(i, unitId == null ? -1 : unitId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            String row = r.getString(1);
            long competency = r.getLong(2);
            if (competency == -1) {
              if (row == null) {
                allEmployees = r.getLong(3);
              } else {
                employees.put(row, r.getLong(3));
              }
              continue;
            }
            Double average = r.getObject(6) == null ? null : Math.round(r.getDouble(6) * 100) / 100.0;
            HeatMapView.Cell cell = new HeatMapView.Cell(competency, r.getLong(3), r.getLong(4), r.getLong(5), average);
            if (row == null) {
              totals.put(competency, cell);
            } else {
              cells.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(competency, cell);
            }
          }
        }
      }
      List<HeatMapView.Column> columns = columns(totals.keySet());
      List<HeatMapView.Row> rows = new ArrayList<>();
      if (employees.containsKey("")) {
        rows.add(new HeatMapView.Row(null, false, employees.get(""), ordered(columns, cells.get(""))));
      }
      children.forEach(
          (key, unit) ->
              rows.add(
                  new HeatMapView.Row(
                      unit, hasSubunits.get(key), employees.getOrDefault(key, 0L), ordered(columns, cells.get(key)))));
      HeatMapView.Row total = new HeatMapView.Row(null, false, allEmployees, ordered(columns, totals));
      return new HeatMapView(scope.unit(), validYears, columns, rows, total);
    } catch (SQLException e) {
      throw new IllegalStateException("heat map query failed", e);
    }
  }

  /** The cells of a row in column order; a competency nobody in the row is measured on gets an empty cell. */
  private static List<HeatMapView.Cell> ordered(List<HeatMapView.Column> columns, Map<Long, HeatMapView.Cell> cells) {
    return columns.stream()
        .map(col -> cells != null && cells.containsKey(col.id()) ? cells.get(col.id()) : new HeatMapView.Cell(col.id(), 0, 0, 0, null))
        .toList();
  }

  /** The competencies in report order: category, then code, with the current revision's name. */
  private List<HeatMapView.Column> columns(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c.id, c.code, c.category, r.nameId from Competency c join CompetencyRevision r"
                + " on r.competencyId = c.id and r.revision = c.currentRevision where c.id in :ids order by c.category, c.code",
            Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .map(r -> new HeatMapView.Column((Long) r[0], (String) r[1], r[2].toString(), (String) r[3]))
        .toList();
  }

  @Override
  @Transactional
  public Page<EmployeeGap> employeesWithGap(
      Long unitId, long competencyId, int minGap, boolean includeUnassessed, PageRequest page) {
    requireHr();
    int threshold = Math.max(1, minGap);
    Connection c = em.unwrap(Connection.class);
    try {
      Scope scope = scope(c, unitId);
      roomForAggregates(c);
      try (PreparedStatement s =
          c.prepareStatement(
              lines(SUBTREE)
                  + " SELECT l.employee_id, l.nip, l.name, l.unit_id, u.name, l.position_name, l.required_level,"
                  + " l.current_level, l.required_level - l.current_level AS gap, count(*) OVER ()"
                  + " FROM lines l JOIN platform.unit_directory u ON u.unit_id = l.unit_id"
                  + " WHERE l.competency_id = ? AND (l.required_level - l.current_level >= ?"
                  + (includeUnassessed ? " OR l.current_level IS NULL" : "")
                  + ") ORDER BY gap DESC NULLS LAST, l.name, l.employee_id LIMIT ? OFFSET ?")) {
        int i = bindLines(s, scope.path());
        s.setLong(i++, competencyId);
        s.setInt(i++, threshold);
        s.setInt(i++, page.size());
        s.setInt(i, page.offset());
        List<EmployeeGap> items = new ArrayList<>();
        long total = 0;
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            items.add(
                new EmployeeGap(
                    r.getLong(1),
                    r.getString(2),
                    r.getString(3),
                    r.getLong(4),
                    r.getString(5),
                    r.getString(6),
                    competencyId,
                    r.getInt(7),
                    (Integer) r.getObject(8),
                    (Integer) r.getObject(9)));
            total = r.getLong(10);
          }
        }
        return new Page<>(items, page.page(), page.size(), total);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("gap list query failed", e);
    }
  }

  /** The unit's people (its whole subtree) with their gap counts and job-person match, weakest match first. */
  @Override
  @Transactional
  public Page<UnitGapView> unitReport(Long unitId, PageRequest page) {
    requireHr();
    Connection c = em.unwrap(Connection.class);
    try {
      Scope scope = scope(c, unitId);
      // Its plan is estimated as if every person's levels were read (the fallback), which crosses PostgreSQL's JIT
      // threshold: compiling took longer (about 35 ms) than answering from the summaries.
      roomForAggregates(c, false);
      return summaries(
          c,
          SUBTREE,
          (s, i) -> {
            s.setLong(i++, caller.agencyId());
            s.setString(i++, escapeLike(scope.path()) + "%");
            return i;
          },
          page);
    } catch (SQLException e) {
      throw new IllegalStateException("gap report query failed", e);
    }
  }

  /** The caller's direct reports with their gap counts and job-person match: a supervisor's team. */
  @Override
  @Transactional
  public Page<UnitGapView> team(PageRequest page) {
    long me = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    Connection c = em.unwrap(Connection.class);
    try {
      return summaries(
          c,
          "d.supervisor_id = ?",
          (s, i) -> {
            s.setLong(i++, me);
            return i;
          },
          page);
    } catch (SQLException e) {
      throw new IllegalStateException("team query failed", e);
    }
  }

  /** Binds the parameters of a people scope from index {@code first}, returning the next free index. */
  @FunctionalInterface
  private interface ScopeBinder {
    int bind(PreparedStatement s, int first) throws SQLException;
  }

  /**
   * One line per person in scope: required competencies, how many validly assessed, below standard, the largest
   * gap and the job-person match. Each person's line comes from their kept summary (competency.gap_summary, one
   * row per person) when it still matches their position, that position's standard as computed here, the validity
   * setting and today; otherwise from their levels, read from their own index range and matched to the standard
   * (one small JSON object per position). Either way the statement reads only the scope's people, never the
   * agency's, and never expands people × competencies into rows.
   */
  private Page<UnitGapView> summaries(Connection c, String peopleScope, ScopeBinder binder, PageRequest page)
      throws SQLException {
    String live = capAtStandard ? "least(l.level, l.required_level)" : "l.level";
    String kept = capAtStandard ? "g.held_capped" : "g.held";
    try (PreparedStatement s =
        c.prepareStatement(
            "WITH people AS MATERIALIZED ("
                + " SELECT d.employee_id, d.nip, d.name, d.unit_id, d.position_id, d.position_name"
                + " FROM platform.employee_directory d"
                + " WHERE d.agency_id = ? AND d.active AND d.position_id IS NOT NULL AND "
                + peopleScope
                + "), standard AS (SELECT r.position_id, count(*) AS required, sum(r.required_level) AS total,"
                + " jsonb_object_agg(r.competency_id, r.required_level) AS levels"
                + " FROM competency.required_level r"
                + " WHERE r.agency_id = ? AND r.position_id IN (SELECT position_id FROM people) GROUP BY r.position_id"
                + "), summary AS ("
                + " SELECT pe.employee_id, pe.nip, pe.name, pe.unit_id, pe.position_name, st.required,"
                + " coalesce(g.assessed, h.assessed) AS assessed, coalesce(g.below, h.below) AS below,"
                + " CASE WHEN g.employee_id IS NULL THEN h.largest ELSE g.largest END AS largest,"
                + " round(100.0 * coalesce("
                + kept
                + ", h.held, 0) / st.total, 1) AS jpm"
                + " FROM people pe JOIN standard st ON st.position_id = pe.position_id"
                // A lookup per person (OFFSET 0 keeps it one): never a scan of the agency's summaries.
                + " LEFT JOIN LATERAL (SELECT g.* FROM competency.gap_summary g"
                + " WHERE g.employee_id = pe.employee_id AND g.position_id = pe.position_id"
                + " AND g.standard_hash = competency.standard_hash(st.levels) AND g.valid_years = ?"
                + " AND (g.valid_through IS NULL OR g.valid_through >= ?) OFFSET 0) g ON TRUE"
                // Only without a usable summary are the person's levels read (the condition gates the scan).
                + " CROSS JOIN LATERAL (SELECT count(*) AS assessed,"
                + " count(*) FILTER (WHERE l.level < l.required_level) AS below,"
                + " max(l.required_level - l.level) FILTER (WHERE l.level < l.required_level) AS largest,"
                + " sum("
                + live
                + ") AS held"
                + " FROM (SELECT cl.level, (st.levels ->> cl.competency_id::text)::int AS required_level"
                + " FROM competency.current_level cl"
                + " WHERE g.employee_id IS NULL AND cl.employee_id = pe.employee_id AND cl.agency_id = ? AND cl.assessed_on >= ?) l"
                + " WHERE l.required_level IS NOT NULL) h"
                + ") SELECT s.*, u.name AS unit_name, count(*) OVER () FROM summary s"
                + " JOIN platform.unit_directory u ON u.unit_id = s.unit_id"
                + " ORDER BY s.jpm, s.name, s.employee_id LIMIT ? OFFSET ?")) {
      int i = 1;
      s.setLong(i++, caller.agencyId()); // people
      i = binder.bind(s, i);
      s.setLong(i++, caller.agencyId()); // standard
      s.setInt(i++, validYears); // summaries
      s.setDate(i++, Date.valueOf(LocalDate.now(directory.zone())));
      s.setLong(i++, caller.agencyId()); // levels
      s.setDate(i++, validFrom());
      s.setInt(i++, page.size());
      s.setInt(i, page.offset());
      List<UnitGapView> items = new ArrayList<>();
      long total = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          items.add(
              new UnitGapView(
                  r.getLong("employee_id"),
                  r.getString("nip"),
                  r.getString("name"),
                  r.getLong("unit_id"),
                  r.getString("unit_name"),
                  r.getString("position_name"),
                  r.getInt("required"),
                  r.getInt("assessed"),
                  r.getInt("below"),
                  (Integer) r.getObject("largest"),
                  r.getDouble("jpm")));
          total = r.getLong(r.getMetaData().getColumnCount());
        }
      }
      return new Page<>(items, page.page(), page.size(), total);
    }
  }

  /** The export's columns (Indonesian: the report goes to HR offices as it is). */
  public static final List<String> EXPORT_HEADER =
      List.of(
          "NIP", "Nama", "Unit", "Jabatan", "Kode kompetensi", "Kompetensi", "Kategori", "Level standar",
          "Level saat ini", "Kesenjangan", "Metode penilaian", "Tanggal penilaian");

  /** Every employee × required competency line of the unit's subtree, in unit path and name order. */
  @Transactional
  public void export(Long unitId, TableExport.Rows out) {
    requireHr();
    Connection c = em.unwrap(Connection.class);
    try {
      Scope scope = scope(c, unitId);
      roomForAggregates(c);
      try (PreparedStatement s =
          c.prepareStatement(
              lines(SUBTREE)
                  + " SELECT l.nip, l.name, u.name, l.position_name, k.code, r.name_id, k.category, l.required_level,"
                  + " l.current_level, l.required_level - l.current_level, a.method, l.assessed_on"
                  + " FROM lines l JOIN platform.unit_directory u ON u.unit_id = l.unit_id"
                  + " JOIN competency.competency k ON k.id = l.competency_id"
                  + " JOIN competency.competency_revision r ON r.competency_id = k.id AND r.revision = k.current_revision"
                  + " LEFT JOIN competency.assessment a ON a.id = l.assessment_id"
                  + " ORDER BY l.unit_path, l.name, l.employee_id, k.category, k.code")) {
        bindLines(s, scope.path());
        s.setFetchSize(1000);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            Integer gap = (Integer) r.getObject(10);
            Date on = r.getDate(12);
            out.add(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getInt(8),
                r.getObject(9),
                gap == null ? null : Math.max(0, gap),
                r.getString(11),
                on == null ? null : on.toLocalDate());
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("gap export failed", e);
    }
  }
}
