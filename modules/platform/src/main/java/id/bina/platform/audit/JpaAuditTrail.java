package id.bina.platform.audit;

import static id.bina.platform.rest.Problems.JSON;

import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Stores audit entries in the caller's transaction (MANDATORY: an entry never outlives its change). */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(long agencyId, String subjectType, long subjectId, Action action, Map<String, Object[]> changes) {
    record(caller.username(), agencyId, subjectType, subjectId, action, changes);
  }

  /** For changes made by the system itself (demo data, imports at start-up), with a named actor. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String actor, long agencyId, String subjectType, long subjectId, Action action, Map<String, Object[]> changes) {
    em.persist(
        new AuditEntry(
            agencyId, OffsetDateTime.now(ZoneOffset.UTC), actor, subjectType, subjectId, action, changesJson(changes)));
  }

  /** The stored form of changes: {"field": {"from": .., "to": ..}}; also used by bulk writers. */
  public static String changesJson(Map<String, Object[]> changes) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    changes.forEach(
        (field, fromTo) -> {
          JsonObjectBuilder change = JSON.createObjectBuilder();
          addValue(change, "from", fromTo[0]);
          addValue(change, "to", fromTo[1]);
          json.add(field, change);
        });
    return json.build().toString();
  }

  private static void addValue(JsonObjectBuilder change, String key, Object value) {
    if (value == null) {
      change.addNull(key);
    } else if (value instanceof Number number) {
      change.add(key, JSON.createValue(number.longValue()));
    } else {
      change.add(key, value.toString());
    }
  }
}
