package id.bina.competency.application;

import id.bina.competency.AssessmentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps {@code competency.current_level} (one row per employee and competency: the assessment that wins the
 * precedence rule) in step with the assessment history. The rule is the one of
 * {@link id.bina.competency.domain.CompetencyProfile}: the heaviest method among assessments not yet expired,
 * then the latest, then the last recorded; "expired" counts in the agency's own calendar day. The weights come
 * from {@link AssessmentMethod}, so the rule lives in one place.
 */
@ApplicationScoped
public class CurrentLevels {

  private static final Logger LOG = Logger.getLogger(CurrentLevels.class.getName());

  /** The first day on which an assessment of the given row's agency is still valid. */
  static final String VALID_FROM = "((now() AT TIME ZONE d.time_zone)::date - make_interval(years => ?1))::date";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "bina.competency.assessment-valid-years", defaultValue = "3")
  int validYears;

  /** Recomputes one employee's level in one competency; call after recording an assessment. */
  @Transactional
  public void refresh(long employeeId, long competencyId) {
    // Two assessments of one person recorded at once must not each rank the history without the other's.
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('competency.current_level'), ?1)")
        .setParameter(1, (int) employeeId)
        .getSingleResult();
    String pair = "a.employee_id = ?2 AND a.competency_id = ?3";
    em.createNativeQuery(upsertWinners(pair))
        .setParameter(1, validYears)
        .setParameter(2, employeeId)
        .setParameter(3, competencyId)
        .executeUpdate();
    em.createNativeQuery(deleteExpired("cl.employee_id = ?2 AND cl.competency_id = ?3"))
        .setParameter(1, validYears)
        .setParameter(2, employeeId)
        .setParameter(3, competencyId)
        .executeUpdate();
  }

  /** Promotes the next valid assessment where the winning one has expired; returns how many rows changed. */
  @Transactional
  public int expire() {
    String expiredPairs =
        "(a.employee_id, a.competency_id) IN (SELECT cl.employee_id, cl.competency_id FROM competency.current_level cl"
            + " JOIN platform.employee_directory d ON d.employee_id = cl.employee_id"
            + " WHERE cl.assessed_on < "
            + VALID_FROM
            + ")";
    int promoted = em.createNativeQuery(upsertWinners(expiredPairs)).setParameter(1, validYears).executeUpdate();
    int removed = em.createNativeQuery(deleteExpired("TRUE")).setParameter(1, validYears).executeUpdate();
    return promoted + removed;
  }

  /** Rebuilds every row from the history, when the validity setting changed (or was never recorded). */
  @Transactional
  public void rebuildIfStale() {
    Number basis =
        (Number)
            em.createNativeQuery("SELECT coalesce(max(valid_years), -1) FROM competency.current_level_basis")
                .getSingleResult();
    if (basis.intValue() != validYears) {
      rebuild();
    }
  }

  /** Rebuilds every row from the history: after a bulk load that bypassed {@link #refresh}. */
  @Transactional
  public void rebuild() {
    em.createNativeQuery("DELETE FROM competency.current_level").executeUpdate();
    int rows = em.createNativeQuery(upsertWinners("TRUE")).setParameter(1, validYears).executeUpdate();
    em.createNativeQuery(
            "INSERT INTO competency.current_level_basis (id, valid_years, rebuilt_at) VALUES (1, ?1, now())"
                + " ON CONFLICT (id) DO UPDATE SET valid_years = EXCLUDED.valid_years, rebuilt_at = EXCLUDED.rebuilt_at")
        .setParameter(1, validYears)
        .executeUpdate();
    LOG.info(() -> "Current competency levels rebuilt for " + validYears + " valid years: " + rows + " rows");
  }

  /**
   * Brings the unit, position and active flag kept with each current level in step with the platform (the
   * tally follows through its trigger): for the given employees, or the whole agency when {@code employeeIds}
   * is null. Only rows that differ are written.
   */
  @Transactional
  public int followPlacement(long agencyId, java.util.List<Long> employeeIds) {
    String sql =
        "UPDATE competency.current_level cl SET unit_id = p.unit_id, position_id = p.position_id, active = p.active"
            + " FROM platform.employee_placement p WHERE p.employee_id = cl.employee_id AND cl.agency_id = ?"
            + (employeeIds == null ? "" : " AND cl.employee_id = ANY (?)")
            + " AND (cl.unit_id IS DISTINCT FROM p.unit_id OR cl.position_id IS DISTINCT FROM p.position_id"
            + " OR cl.active IS DISTINCT FROM p.active)";
    java.sql.Connection c = em.unwrap(java.sql.Connection.class);
    try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, agencyId);
      if (employeeIds != null) {
        s.setArray(2, c.createArrayOf("bigint", employeeIds.toArray()));
      }
      return s.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("following employees' placement failed", e);
    }
  }

  private static String upsertWinners(String scope) {
    String weights =
        Arrays.stream(AssessmentMethod.values())
            .map(m -> "('" + m.name() + "', " + m.weight() + ")")
            .collect(Collectors.joining(", ", "(VALUES ", ")"));
    return "INSERT INTO competency.current_level (employee_id, competency_id, agency_id, level, assessment_id, assessed_on,"
        + " unit_id, position_id, active)"
        + " SELECT DISTINCT ON (a.employee_id, a.competency_id)"
        + " a.employee_id, a.competency_id, a.agency_id, a.level, a.id, a.assessed_on, d.unit_id, d.position_id, d.active"
        + " FROM competency.assessment a"
        + " JOIN "
        + weights
        + " AS w (method, weight) ON w.method = a.method"
        + " JOIN platform.employee_directory d ON d.employee_id = a.employee_id"
        + " WHERE a.assessed_on >= "
        + VALID_FROM
        + " AND "
        + scope
        + " ORDER BY a.employee_id, a.competency_id, w.weight DESC, a.assessed_on DESC, a.id DESC"
        + " ON CONFLICT (employee_id, competency_id) DO UPDATE SET level = EXCLUDED.level,"
        + " assessment_id = EXCLUDED.assessment_id, assessed_on = EXCLUDED.assessed_on,"
        + " unit_id = EXCLUDED.unit_id, position_id = EXCLUDED.position_id, active = EXCLUDED.active";
  }

  private static String deleteExpired(String scope) {
    return "DELETE FROM competency.current_level cl USING platform.employee_directory d"
        + " WHERE d.employee_id = cl.employee_id AND cl.assessed_on < "
        + VALID_FROM
        + " AND "
        + scope;
  }
}
