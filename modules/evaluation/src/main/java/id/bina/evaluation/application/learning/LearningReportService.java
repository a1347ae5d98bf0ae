package id.bina.evaluation.application.learning;

import id.bina.evaluation.LearningReport;
import id.bina.evaluation.LearningReport.GainStatus;
import id.bina.evaluation.LearningReport.Grouping;
import id.bina.evaluation.LearningReports;
import id.bina.evaluation.domain.GainTally;
import id.bina.evaluation.domain.NormalisedGain;
import id.bina.evaluation.domain.Statistics;
import id.bina.platform.Caller;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
import java.util.OptionalDouble;

/**
 * Level 2 (learning) from evaluation's copy of completed classes: one aggregate query per report over {@code
 * evaluation.participation} (each participant's pre- and post-test at completion) and {@code evaluated_class},
 * grouped in SQL, so a report over a whole agency's year reads sums, not people. Units come from the platform's
 * published {@code unit_directory}; the unit is the one the participant was in when the class completed.
 */
@ApplicationScoped
public class LearningReportService implements LearningReports {

  /** What the report's two class-level gains and its other figures mean; every report carries this. */
  public static final Map<String, String> DEFINITIONS = definitions();

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Statistics statistics;

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(
        "averageOfGains",
        "Average of gains: the mean of each participant's normalised gain g = (post - pre) / (100 - pre), over participants"
            + " with both tests; a participant with a pre-test of 100 has no gain (counted in gainUndefined, left out).");
    d.put(
        "gainOfAverages",
        "Gain of averages (Hake's class gain): (mean post - mean pre) / (100 - mean pre) of the group's mean scores, over"
            + " participants with both tests, pre-test 100 included; a ratio of means, shown without an interval.");
    d.put("bands", "Gain bands of the participants' gains: low g < 0.3, medium 0.3 <= g <= 0.7, high g > 0.7.");
    d.put("meanChange", "Mean of post - pre over participants with both tests, with its interval.");
    d.put(
        "passRate",
        "Share of participants whose post-test is at or above their class's passing score, among those with a post-test in"
            + " classes that set one (Wilson interval); null when no class of the group set one.");
    d.put("suppressed", "Figures of fewer participants than minimumGroup are not shown: only their n.");
    return Map.copyOf(d);
  }

  /** A filter of the participations a report covers; null fields do not filter. */
  private record Filter(LocalDate from, LocalDate to, Long classId, Long courseId, String unitPath) {}

  @Override
  @Transactional
  public LearningReport groups(Grouping by, LocalDate from, LocalDate to, Long courseId, Long unitId) {
    if (by == null) {
      throw new InvalidInputException("by", "must be given: one of CLASS, COURSE, PROVIDER, UNIT, YEAR, QUARTER, MONTH");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    Connection c = em.unwrap(Connection.class);
    try {
      if (courseId != null && !courseEvaluated(c, courseId)) {
        throw new NotFoundException("Course", courseId);
      }
      Filter filter = new Filter(from, to, null, courseId, unitId == null ? null : unitPath(c, unitId));
      List<LearningReport.Group> groups = query(c, by, unitId, filter);
      List<LearningReport.Group> total = query(c, null, null, filter);
      return new LearningReport(
          by, from, to, courseId, unitId, statistics.minimumGroup(), groups,
          total.isEmpty() ? new LearningReport.Group("TOTAL", null, 0, empty()) : total.get(0),
          DEFINITIONS);
    } catch (SQLException e) {
      throw new IllegalStateException("learning report failed", e);
    }
  }

  @Override
  @Transactional
  public LearningReport.ClassReport ofClass(long classId) {
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT class_code, class_name, course_id, course_code, course_title, provider_name, first_session_on, last_session_on,"
                + " passing_score FROM evaluation.evaluated_class WHERE class_id = ? AND agency_id = ?")) {
      s.setLong(1, classId);
      s.setLong(2, caller.agencyId());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("Evaluated class", classId);
        }
        List<LearningReport.Group> groups = query(c, null, null, new Filter(null, null, classId, null, null));
        return new LearningReport.ClassReport(
            classId, r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
            r.getDate(7).toLocalDate(), r.getDate(8).toLocalDate(), r.getBigDecimal(9), statistics.minimumGroup(),
            groups.isEmpty() ? empty() : groups.get(0).figures(), DEFINITIONS);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("class learning report failed", e);
    }
  }

  @Override
  @Transactional
  public List<LearningReport.Participant> participants(long classId) {
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT p.employee_id, d.nip, d.name, u.name, p.completed, p.attendance_percent, p.pre_test_score, p.post_test_score,"
                + " k.passing_score"
                + " FROM evaluation.evaluated_class k JOIN evaluation.participation p ON p.class_id = k.class_id"
                + " LEFT JOIN platform.employee_directory d ON d.employee_id = p.employee_id AND d.agency_id = p.agency_id"
                + " LEFT JOIN platform.unit_directory u ON u.unit_id = p.unit_id AND u.agency_id = p.agency_id"
                + " WHERE k.class_id = ? AND k.agency_id = ? AND p.agency_id = ? ORDER BY d.name, p.employee_id")) {
      s.setLong(1, classId);
      s.setLong(2, caller.agencyId());
      s.setLong(3, caller.agencyId());
      List<LearningReport.Participant> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          BigDecimal pre = r.getBigDecimal(7);
          BigDecimal post = r.getBigDecimal(8);
          BigDecimal passing = r.getBigDecimal(9);
          Double gain = null;
          String band = null;
          GainStatus status = GainStatus.SCORES_MISSING;
          if (pre != null && post != null) {
            OptionalDouble g = NormalisedGain.of(pre.doubleValue(), post.doubleValue());
            status = g.isPresent() ? GainStatus.DEFINED : GainStatus.UNDEFINED_PRE_TEST_100;
            if (g.isPresent()) {
              gain = g.getAsDouble();
              band = NormalisedGain.Band.of(gain).name();
            }
          }
          out.add(
              new LearningReport.Participant(
                  r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5), r.getBigDecimal(6), pre, post,
                  gain, band, status, passing == null || post == null ? null : post.compareTo(passing) >= 0));
        }
      }
      if (out.isEmpty() && !classEvaluated(c, classId)) {
        throw new NotFoundException("Evaluated class", classId);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("class participants failed", e);
    }
  }

  private LearningReport.Figures empty() {
    return new GainTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).figures(statistics);
  }

  /**
   * The aggregate query: one row per group ({@code by} null: one row over everything the filter selects). The
   * gain is computed per participant in SQL exactly as {@link NormalisedGain} does, and summed.
   */
  private List<LearningReport.Group> query(Connection c, Grouping by, Long parentUnit, Filter f) throws SQLException {
    String key;
    String label;
    String order = "1";
    String join = "";
    List<Object> parameters = new ArrayList<>();
    if (by == null) {
      key = "'TOTAL'";
      label = "CAST(NULL AS VARCHAR)";
    } else {
      switch (by) {
        case CLASS -> {
          key = "CAST(c.class_id AS VARCHAR)";
          label = "min(c.class_code || ' ' || c.class_name)";
          order = "min(c.last_session_on), 1";
        }
        case COURSE -> {
          key = "CAST(c.course_id AS VARCHAR)";
          label = "min(c.course_code || ' ' || c.course_title)";
          order = "2, 1";
        }
        case PROVIDER -> {
          key = "c.provider_name";
          label = "c.provider_name";
          order = "1 NULLS LAST";
        }
        case UNIT -> {
          // The units directly below the parent, each with its subtree; and the parent itself for the people placed
          // there. Paths hold only digits and slashes, so they are safe LIKE prefixes.
          join =
              " JOIN (SELECT unit_id, name, unit_path || '%' AS pattern, FALSE AS own FROM platform.unit_directory"
                  + " WHERE agency_id = ? AND " + (parentUnit == null ? "parent_id IS NULL" : "parent_id = ?")
                  + (parentUnit == null ? "" : " UNION ALL SELECT unit_id, name, unit_path, TRUE FROM platform.unit_directory"
                      + " WHERE agency_id = ? AND unit_id = ?")
                  + ") g ON (g.own AND p.unit_id = g.unit_id) OR (NOT g.own AND p.unit_path LIKE g.pattern)";
          parameters.add(caller.agencyId());
          if (parentUnit != null) {
            parameters.add(parentUnit);
            parameters.add(caller.agencyId());
            parameters.add(parentUnit);
          }
          key = "CAST(g.unit_id AS VARCHAR) || CASE WHEN g.own THEN '/direct' ELSE '' END";
          label = "min(g.name)";
          order = "bool_or(g.own), 2, 1";
        }
        case YEAR -> {
          key = "to_char(c.last_session_on, 'YYYY')";
          label = key;
        }
        case QUARTER -> {
          key = "to_char(c.last_session_on, 'YYYY-\"Q\"Q')";
          label = key;
        }
        case MONTH -> {
          key = "to_char(c.last_session_on, 'YYYY-MM')";
          label = key;
        }
        default -> throw new IllegalArgumentException(by.name());
      }
    }
    StringBuilder where = new StringBuilder(" WHERE c.agency_id = ? AND p.agency_id = ?");
    parameters.add(caller.agencyId());
    parameters.add(caller.agencyId());
    if (f.from() != null) {
      where.append(" AND c.last_session_on >= ?");
      parameters.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      where.append(" AND c.last_session_on <= ?");
      parameters.add(Date.valueOf(f.to()));
    }
    if (f.classId() != null) {
      where.append(" AND c.class_id = ?");
      parameters.add(f.classId());
    }
    if (f.courseId() != null) {
      where.append(" AND c.course_id = ?");
      parameters.add(f.courseId());
    }
    if (f.unitPath() != null) {
      where.append(" AND p.unit_path LIKE ?");
      parameters.add(f.unitPath() + "%");
    }
    String low = Double.toString(NormalisedGain.LOW_BELOW);
    String high = Double.toString(NormalisedGain.HIGH_ABOVE);
    String sql =
        "SELECT " + key + ", " + label + ", count(DISTINCT c.class_id), count(*),"
            + " count(*) FILTER (WHERE x.scored), count(*) FILTER (WHERE x.scored AND x.pre >= 100),"
            + " count(x.g), coalesce(sum(x.g), 0), coalesce(sum(x.g * x.g), 0),"
            + " count(*) FILTER (WHERE x.g < " + low + "), count(*) FILTER (WHERE x.g >= " + low + " AND x.g <= " + high + "),"
            + " count(*) FILTER (WHERE x.g > " + high + "),"
            + " coalesce(sum(x.pre) FILTER (WHERE x.scored), 0), coalesce(sum(x.pre * x.pre) FILTER (WHERE x.scored), 0),"
            + " coalesce(sum(x.post) FILTER (WHERE x.scored), 0), coalesce(sum(x.post * x.post) FILTER (WHERE x.scored), 0),"
            + " coalesce(sum(x.post - x.pre) FILTER (WHERE x.scored), 0),"
            + " coalesce(sum((x.post - x.pre) * (x.post - x.pre)) FILTER (WHERE x.scored), 0),"
            + " count(*) FILTER (WHERE c.passing_score IS NOT NULL AND p.post_test_score IS NOT NULL),"
            + " count(*) FILTER (WHERE c.passing_score IS NOT NULL AND p.post_test_score >= c.passing_score)"
            + " FROM evaluation.participation p JOIN evaluation.evaluated_class c ON c.class_id = p.class_id"
            + " CROSS JOIN LATERAL (SELECT"
            + " p.pre_test_score IS NOT NULL AND p.post_test_score IS NOT NULL AS scored,"
            + " CAST(p.pre_test_score AS DOUBLE PRECISION) AS pre, CAST(p.post_test_score AS DOUBLE PRECISION) AS post,"
            + " CASE WHEN p.pre_test_score < 100 AND p.post_test_score IS NOT NULL"
            + " THEN CAST((p.post_test_score - p.pre_test_score) / (100 - p.pre_test_score) AS DOUBLE PRECISION) END AS g) x"
            + join
            + where
            + (by == null ? "" : " GROUP BY 1 ORDER BY " + order);
    List<LearningReport.Group> groups = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          GainTally tally =
              new GainTally(
                  r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getDouble(8), r.getDouble(9), r.getLong(10),
                  r.getLong(11), r.getLong(12), r.getDouble(13), r.getDouble(14), r.getDouble(15), r.getDouble(16),
                  r.getDouble(17), r.getDouble(18), r.getLong(19), r.getLong(20));
          if (by == null && tally.participants() == 0) {
            continue;
          }
          groups.add(new LearningReport.Group(r.getString(1), r.getString(2), r.getLong(3), tally.figures(statistics)));
        }
      }
    }
    return groups;
  }

  private boolean classEvaluated(Connection c, long classId) throws SQLException {
    return exists(c, "SELECT 1 FROM evaluation.evaluated_class WHERE class_id = ? AND agency_id = ?", classId);
  }

  private boolean courseEvaluated(Connection c, long courseId) throws SQLException {
    return exists(c, "SELECT 1 FROM evaluation.evaluated_class WHERE course_id = ? AND agency_id = ? LIMIT 1", courseId);
  }

  private boolean exists(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.setLong(2, caller.agencyId());
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** The unit's path, or 404 when it is not a unit of the caller's agency. */
  private String unitPath(Connection c, long unitId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT unit_path FROM platform.unit_directory WHERE unit_id = ? AND agency_id = ?")) {
      s.setLong(1, unitId);
      s.setLong(2, caller.agencyId());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("Unit", unitId);
        }
        return r.getString(1);
      }
    }
  }
}
