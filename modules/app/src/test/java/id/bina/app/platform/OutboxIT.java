package id.bina.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.BinaDeployment;
import id.bina.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the application: events published through the outbox reach their listeners only after the
 * publishing transaction commits, never for a rolled-back one, and a failing listener gets the event again.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  /** A test event: {@code failures} is how many deliveries the listener refuses before accepting one. */
  public record Probe(String id, int failures) {}

  /** Counts each delivery attempt per probe and accepts once the planned failures are used up. */
  @ApplicationScoped
  public static class ProbeListener {
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    static final Map<String, Boolean> ACCEPTED = new ConcurrentHashMap<>();

    void on(@Observes Probe probe) {
      int attempt = ATTEMPTS.computeIfAbsent(probe.id(), k -> new AtomicInteger()).incrementAndGet();
      if (attempt <= probe.failures()) {
        throw new IllegalStateException("listener down (attempt " + attempt + ")");
      }
      ACCEPTED.put(probe.id(), true);
    }
  }

  @Deployment
  static WebArchive bina() {
    return BinaDeployment.war().addClasses(OutboxIT.class, Probe.class, ProbeListener.class);
  }

  @Inject Outbox outbox;

  @Inject UserTransaction transaction;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  private long demoAgency() {
    return em.createQuery("select a.id from Agency a where a.code = 'DEMO'", Long.class).getSingleResult();
  }

  private void publish(Probe probe, boolean commit) throws Exception {
    long agency = demoAgency();
    transaction.begin();
    outbox.publish(agency, probe);
    if (commit) {
      transaction.commit();
    } else {
      transaction.rollback();
    }
  }

  private static boolean awaitAccepted(String id, long seconds) throws InterruptedException {
    long until = System.currentTimeMillis() + seconds * 1000;
    while (System.currentTimeMillis() < until) {
      if (ProbeListener.ACCEPTED.containsKey(id)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private long storedMessages(String id) {
    return em.createQuery("select count(m) from OutboxMessage m where m.payload like :id", Long.class)
        .setParameter("id", "%" + id + "%")
        .getSingleResult();
  }

  @Test
  void aCommittedEventReachesItsListener() throws Exception {
    String id = UUID.randomUUID().toString();
    publish(new Probe(id, 0), true);
    assertTrue(awaitAccepted(id, 20), "the listener never got the event");
    assertEquals(1, ProbeListener.ATTEMPTS.get(id).get());
  }

  @Test
  void aRolledBackChangeSendsNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    publish(new Probe(id, 0), false);
    assertEquals(0, storedMessages(id));
    assertFalse(awaitAccepted(id, 5), "an event of a rolled-back transaction was delivered");
  }

  @Test
  void aFailingListenerGetsTheEventAgainLater() throws Exception {
    String id = UUID.randomUUID().toString();
    publish(new Probe(id, 1), true);
    assertTrue(awaitAccepted(id, 40), "the event was not delivered again after the listener failed");
    assertEquals(2, ProbeListener.ATTEMPTS.get(id).get());
    Object[] row =
        (Object[])
            em.createQuery("select m.attempts, m.deliveredAt from OutboxMessage m where m.payload like :id")
                .setParameter("id", "%" + id + "%")
                .getSingleResult();
    assertEquals(2, row[0]);
    assertNotNull(row[1]);
  }
}
