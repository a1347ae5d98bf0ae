package id.bina.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * Brings the kept per-person gap summaries ({@code competency.gap_summary}, read by the unit gap report) back in
 * step where something other than a level changed: a position's standard, a default level, the national
 * dictionary, someone's position, the validity setting or the passing of days. Level changes recompute at once
 * (a trigger); until a sweep reaches the rest, the report reads those people's levels instead, so it is never
 * wrong, only slower. Each agency's stale people are recomputed in chunks (the hourly sweep gives each its own
 * short transaction).
 */
@ApplicationScoped
public class GapSummaries {

  /** People recomputed per transaction: short enough not to hold many row locks for long. */
  static final int CHUNK = 5_000;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "bina.competency.assessment-valid-years", defaultValue = "3")
  int validYears;

  /** The agencies, for a sweep. */
  @Transactional
  public List<Long> agencies() {
    List<?> ids = em.createNativeQuery("SELECT agency_id FROM platform.agency_directory ORDER BY agency_id").getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * The agency's people whose summary is missing or no longer matches, and the summaries of people who left or
   * have no position: the same conditions under which the report falls back to the levels.
   */
  @Transactional
  public List<Long> stale(long agencyId) {
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "WITH standard AS (SELECT r.position_id,"
                + " competency.standard_hash(jsonb_object_agg(r.competency_id, r.required_level)) AS hash"
                + " FROM competency.required_level r WHERE r.agency_id = ? GROUP BY r.position_id)"
                + " SELECT d.employee_id FROM platform.employee_directory d"
                + " JOIN standard st ON st.position_id = d.position_id"
                + " LEFT JOIN competency.gap_summary g ON g.employee_id = d.employee_id"
                + " WHERE d.agency_id = ? AND d.active AND (g.employee_id IS NULL OR g.position_id <> d.position_id"
                + " OR g.standard_hash <> st.hash OR g.valid_years <> ? OR g.valid_through < (now() AT TIME ZONE d.time_zone)::date)"
                + " UNION ALL"
                + " SELECT g.employee_id FROM competency.gap_summary g JOIN platform.employee_placement p ON p.employee_id = g.employee_id"
                + " WHERE g.agency_id = ? AND (NOT p.active OR p.position_id IS NULL)"
                + " ORDER BY 1")) {
      s.setLong(1, agencyId);
      s.setLong(2, agencyId);
      s.setInt(3, validYears);
      s.setLong(4, agencyId);
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("finding stale gap summaries failed", e);
    }
  }

  /**
   * Recomputes the given people's summaries (the database function the level trigger calls too), in the caller's
   * transaction (at start-up: the one that may have recorded demo levels) or in a new one.
   */
  @Transactional
  public int refresh(long agencyId, List<Long> employeeIds) {
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s = c.prepareStatement("SELECT competency.refresh_gap_summary(?, ?)")) {
      s.setLong(1, agencyId);
      s.setArray(2, c.createArrayOf("bigint", employeeIds.toArray()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("refreshing gap summaries failed", e);
    }
  }
}
