package id.bina.training.application.plan;

import id.bina.platform.DatabaseReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the demo agency (code DEMO) last year's SKP ratings, so the performance-gap analysis of the annual
 * plan shows something on first start: mostly Baik, some Sangat Baik, one in five below expectation, spread
 * by employee id (the same picture on every fresh start). Loaded once.
 */
@ApplicationScoped
public class DemoRatings {

  private static final Logger LOG = Logger.getLogger(DemoRatings.class.getName());

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "bina.demo-data", defaultValue = "false")
  boolean enabled;

  @Transactional
  public void load(@Observes DatabaseReady ready) {
    if (!enabled) {
      return;
    }
    Number agency =
        (Number) em.createNativeQuery("SELECT max(agency_id) FROM platform.agency_directory WHERE code = 'DEMO'").getSingleResult();
    if (agency == null) {
      return;
    }
    Number existing =
        (Number)
            em.createNativeQuery("SELECT count(*) FROM training.performance_rating WHERE agency_id = ?1").setParameter(1, agency).getSingleResult();
    if (existing.longValue() > 0) {
      return;
    }
    int rows =
        em.createNativeQuery(
                "INSERT INTO training.performance_rating (id, agency_id, employee_id, period_year, predicate, updated_at, updated_by)"
                    + " SELECT nextval('training.performance_rating_seq'), d.agency_id, d.employee_id,"
                    + " CAST(extract(year FROM current_date) AS INTEGER) - 1,"
                    + " CASE WHEN d.employee_id % 20 < 3 THEN 'SANGAT_BAIK' WHEN d.employee_id % 20 < 16 THEN 'BAIK'"
                    + " WHEN d.employee_id % 20 < 18 THEN 'BUTUH_PERBAIKAN' WHEN d.employee_id % 20 < 19 THEN 'KURANG'"
                    + " ELSE 'SANGAT_KURANG' END, now(), 'demo'"
                    + " FROM platform.employee_directory d WHERE d.agency_id = ?1 AND d.active ORDER BY d.employee_id")
            .setParameter(1, agency)
            .executeUpdate();
    LOG.info(() -> "Demo agency: " + rows + " performance ratings loaded");
  }
}
