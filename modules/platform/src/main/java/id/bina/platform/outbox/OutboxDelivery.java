package id.bina.platform.outbox;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers stored events to the CDI observers of their type, one message per transaction: a listener that
 * throws rolls back only its own work, and the message is retried later. Polls every few seconds, and right
 * after a publishing transaction commits. Rows are locked with SKIP LOCKED, so several Bina nodes never
 * deliver the same message at the same time.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
  private static final int BATCH = 100;

  @Inject Deliverer deliverer;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void poll() {
    deliverPending();
  }

  /** Called after a publishing transaction commits; runs on another thread, so the request need not wait. */
  @Asynchronous
  public void deliverSoon() {
    deliverPending();
  }

  /** Delivers what is due; one run at a time on this node, the others return at once. */
  public void deliverPending() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (deliverer.nextBatch() == BATCH) {
        // a full batch: there may be more due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox delivery stopped; it resumes at the next poll", e);
    } finally {
      running.set(false);
    }
  }

  /** The transactional part, a CDI bean so that each message gets a transaction of its own. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Deliverer {

    @PersistenceContext(unitName = "bina")
    EntityManager em;

    @Inject BeanManager beans;

    @Inject Deliverer self;

    public int nextBatch() {
      List<Long> due = self.lockDue();
      for (Long id : due) {
        self.deliver(id);
      }
      return due.size();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> lockDue() {
      return em.createNativeQuery(
              "SELECT id FROM platform.outbox_message WHERE delivered_at IS NULL AND next_attempt_at <= ?"
                  + " ORDER BY next_attempt_at, id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
          .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
          .getResultList()
          .stream()
          .map(id -> ((Number) id).longValue())
          .toList();
    }

    /** Delivers one message; a failing listener marks the message for a later attempt instead. */
    @Transactional
    public void deliver(long id) {
      OutboxMessage message =
          (OutboxMessage)
              em.createNativeQuery(
                      "SELECT * FROM platform.outbox_message WHERE id = ? AND delivered_at IS NULL FOR UPDATE SKIP LOCKED",
                      OutboxMessage.class)
                  .setParameter(1, id)
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      if (message == null) {
        return; // another node has it, or it was delivered meanwhile
      }
      try {
        Class<?> type = Class.forName(message.getEventType(), true, Thread.currentThread().getContextClassLoader());
        Object event = JpaOutbox.JSON.fromJson(message.getPayload(), type);
        self.notifyObservers(event);
        message.delivered();
      } catch (Exception e) {
        message.failed(e.toString());
        LOG.log(Level.WARNING, "Delivery of outbox message " + id + " failed (attempt " + message.getAttempts() + ")", e);
      }
    }

    /** Observers run in their own transaction, so their failure rolls back only their work. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notifyObservers(Object event) {
      beans.getEvent().fire(event);
    }
  }
}
