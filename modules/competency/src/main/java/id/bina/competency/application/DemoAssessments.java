package id.bina.competency.application;

import id.bina.platform.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the demo agency (code DEMO, loaded by the platform) an assessment history, so its profiles, heat map
 * and gap lists show something on first start: for most employees and national competencies one or two
 * assessments of the last two years, by assessment centre, supervisor or self-assessment, levels spread
 * around what their position requires; loaded once.
 */
@ApplicationScoped
public class DemoAssessments {

  private static final Logger LOG = Logger.getLogger(DemoAssessments.class.getName());

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject CurrentLevels currentLevels;

  @Inject
  @ConfigProperty(name = "bina.demo-data", defaultValue = "false")
  boolean enabled;

  /** Before the current levels' own start-up check (which then finds them up to date). */
  @Transactional
  public void load(@Observes @Priority(Interceptor.Priority.APPLICATION - 10) DatabaseReady ready) {
    if (!enabled) {
      return;
    }
    Number agency =
        (Number)
            em.createNativeQuery("SELECT max(agency_id) FROM platform.agency_directory WHERE code = 'DEMO'").getSingleResult();
    if (agency == null) {
      return;
    }
    Number existing =
        (Number) em.createNativeQuery("SELECT count(*) FROM competency.assessment WHERE agency_id = ?1").setParameter(1, agency).getSingleResult();
    if (existing.longValue() > 0) {
      return;
    }
    em.createNativeQuery("SELECT setseed(0.42)").getSingleResult();
    // Per employee and national competency: the level their kind of position requires (default levels),
    // then a level drawn around it (-2..+1), a method and a date; about one pair in six stays unassessed.
    int rows =
        em.createNativeQuery(
                "INSERT INTO competency.assessment (id, agency_id, employee_id, competency_id, revision, level, method,"
                    + " assessed_on, assessor, evidence_note, created_at)"
                    + " SELECT nextval('competency.assessment_seq'), x.agency_id, x.employee_id, x.competency_id, x.revision,"
                    + " least(5, greatest(1, x.required + x.shift)), x.method, x.assessed_on, 'demo', NULL, now()"
                    + " FROM (SELECT d.agency_id, d.employee_id, c.id AS competency_id, c.current_revision AS revision,"
                    + "   coalesce(k.level, 1) AS required, floor(random() * 4)::int - 2 AS shift,"
                    + "   (ARRAY['ASSESSMENT_CENTRE', 'SUPERVISOR', 'SUPERVISOR', 'SELF'])[1 + floor(random() * 4)::int] AS method,"
                    + "   current_date - floor(random() * 700)::int AS assessed_on, random() AS skip"
                    + "   FROM platform.employee_directory d"
                    + "   CROSS JOIN competency.competency c"
                    + "   LEFT JOIN competency.default_required_level k ON k.agency_id IS NULL AND k.position_kind = d.position_kind"
                    + "   WHERE d.agency_id = ?1 AND d.active AND d.position_id IS NOT NULL"
                    + "   AND c.agency_id IS NULL AND c.retired_at IS NULL"
                    + "   ORDER BY d.employee_id, c.id) x"
                    + " WHERE x.skip > 0.17")
            .setParameter(1, agency)
            .executeUpdate();
    currentLevels.rebuild();
    LOG.info(() -> "Demo agency: " + rows + " competency assessments loaded");
  }
}
