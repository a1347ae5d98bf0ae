package id.bina.competency.application;

import id.bina.competency.AssessmentMethod;
import id.bina.competency.CompetencyLevels;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link CompetencyLevels}: current levels from {@code competency.current_level} (kept by {@link
 * CurrentLevels}), levels on past days from the assessment history with the same precedence rule, each in
 * one statement over arrays of the people asked about.
 */
@ApplicationScoped
public class PublishedLevels implements CompetencyLevels {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "bina.competency.assessment-valid-years", defaultValue = "3")
  int validYears;

  /** The winning level of (employee, competency) as the history stood on {@code day}: the rule of CurrentLevels. */
  private static String levelOn(String employee, String competency, String day) {
    String weights =
        Arrays.stream(AssessmentMethod.values())
            .map(m -> "('" + m.name() + "', " + m.weight() + ")")
            .collect(Collectors.joining(", ", "(VALUES ", ")"));
    return "(SELECT a.level FROM competency.assessment a JOIN "
        + weights
        + " AS w (method, weight) ON w.method = a.method"
        + " WHERE a.agency_id = ag.agency_id AND a.employee_id = "
        + employee
        + " AND a.competency_id = "
        + competency
        + " AND a.assessed_on <= "
        + day
        + " AND a.assessed_on >= ("
        + day
        + " - make_interval(years => ag.valid_years))::date"
        + " ORDER BY w.weight DESC, a.assessed_on DESC, a.id DESC LIMIT 1)";
  }

  @Override
  @Transactional
  public List<CurrentLevel> current(long agencyId, Collection<Long> employeeIds, Collection<Long> competencyIds) {
    if (employeeIds.isEmpty() || competencyIds.isEmpty()) {
      return List.of();
    }
    // A winner that expired since the hourly maintenance ran is left out already, as reports do.
    String sql =
        "SELECT cl.employee_id, cl.competency_id, cl.level, cl.assessed_on FROM competency.current_level cl"
            + " JOIN platform.agency_directory d ON d.agency_id = cl.agency_id"
            + " WHERE cl.agency_id = ? AND cl.employee_id = ANY (?) AND cl.competency_id = ANY (?)"
            + " AND cl.assessed_on >= ((now() AT TIME ZONE d.time_zone)::date - make_interval(years => ?))::date";
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, agencyId);
      s.setArray(2, c.createArrayOf("bigint", employeeIds.toArray()));
      s.setArray(3, c.createArrayOf("bigint", competencyIds.toArray()));
      s.setInt(4, validYears);
      List<CurrentLevel> levels = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          levels.add(new CurrentLevel(r.getLong(1), r.getLong(2), r.getInt(3), r.getDate(4).toLocalDate()));
        }
      }
      return levels;
    } catch (SQLException e) {
      throw new IllegalStateException("reading current levels failed", e);
    }
  }

  @Override
  @Transactional
  public List<SpanLevels> levelsOver(long agencyId, List<Span> spans) {
    if (spans.isEmpty()) {
      return List.of();
    }
    String sql =
        "WITH ag AS (SELECT CAST(? AS BIGINT) AS agency_id, CAST(? AS INTEGER) AS valid_years),"
            + " s AS (SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::date[]) WITH ORDINALITY"
            + " AS s (employee_id, competency_id, from_on, to_on, i))"
            + " SELECT s.i, "
            + levelOn("s.employee_id", "s.competency_id", "s.from_on")
            + ", "
            + levelOn("s.employee_id", "s.competency_id", "s.to_on")
            + " FROM s CROSS JOIN ag ORDER BY s.i";
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, agencyId);
      s.setInt(2, validYears);
      s.setArray(3, c.createArrayOf("bigint", spans.stream().map(Span::employeeId).toArray()));
      s.setArray(4, c.createArrayOf("bigint", spans.stream().map(Span::competencyId).toArray()));
      s.setArray(5, c.createArrayOf("date", spans.stream().map(x -> Date.valueOf(x.from())).toArray()));
      s.setArray(6, c.createArrayOf("date", spans.stream().map(x -> Date.valueOf(x.to())).toArray()));
      List<SpanLevels> levels = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Span span = spans.get(r.getInt(1) - 1);
          levels.add(new SpanLevels(span, (Integer) r.getObject(2), (Integer) r.getObject(3)));
        }
      }
      return levels;
    } catch (SQLException e) {
      throw new IllegalStateException("reading levels over periods failed", e);
    }
  }

  @Override
  @Transactional
  public List<CohortChange> cohortChanges(long agencyId, List<Cohort> cohorts, Collection<Long> excludedEmployeeIds) {
    if (cohorts.isEmpty()) {
      return List.of();
    }
    String sql =
        "WITH ag AS (SELECT CAST(? AS BIGINT) AS agency_id, CAST(? AS INTEGER) AS valid_years),"
            + " c AS (SELECT * FROM unnest(?::varchar[], ?::bigint[], ?::date[], ?::date[]) WITH ORDINALITY"
            + " AS c (position_kind, competency_id, from_on, to_on, i)),"
            + " levels AS (SELECT c.i, "
            + levelOn("e.employee_id", "c.competency_id", "c.from_on")
            + " AS level_from, "
            + levelOn("e.employee_id", "c.competency_id", "c.to_on")
            + " AS level_to"
            + " FROM c CROSS JOIN ag"
            + " JOIN platform.employee_directory e ON e.agency_id = ag.agency_id AND e.active AND e.position_kind = c.position_kind"
            + " WHERE NOT (e.employee_id = ANY (?))"
            // Only people ever assessed in the competency can have a level: the others are skipped cheaply.
            + " AND EXISTS (SELECT 1 FROM competency.assessment x WHERE x.employee_id = e.employee_id"
            + " AND x.competency_id = c.competency_id AND x.assessed_on <= c.from_on))"
            + " SELECT c.i, count(l.level_to), coalesce(sum(l.level_to - l.level_from), 0),"
            + " coalesce(sum((l.level_to - l.level_from) * (l.level_to - l.level_from)), 0)"
            + " FROM c LEFT JOIN levels l ON l.i = c.i AND l.level_from IS NOT NULL AND l.level_to IS NOT NULL"
            + " GROUP BY c.i ORDER BY c.i";
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, agencyId);
      s.setInt(2, validYears);
      s.setArray(3, c.createArrayOf("varchar", cohorts.stream().map(Cohort::positionKind).toArray()));
      s.setArray(4, c.createArrayOf("bigint", cohorts.stream().map(Cohort::competencyId).toArray()));
      s.setArray(5, c.createArrayOf("date", cohorts.stream().map(x -> Date.valueOf(x.from())).toArray()));
      s.setArray(6, c.createArrayOf("date", cohorts.stream().map(x -> Date.valueOf(x.to())).toArray()));
      s.setArray(7, c.createArrayOf("bigint", excludedEmployeeIds.toArray()));
      List<CohortChange> changes = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          changes.add(new CohortChange(cohorts.get(r.getInt(1) - 1), r.getLong(2), r.getLong(3), r.getLong(4)));
        }
      }
      return changes;
    } catch (SQLException e) {
      throw new IllegalStateException("reading cohort changes failed", e);
    }
  }
}
