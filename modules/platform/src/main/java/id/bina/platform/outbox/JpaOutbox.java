package id.bina.platform.outbox;

import id.bina.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores each event in the publishing transaction; {@link OutboxDelivery} sends it after commit. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

  static final Jsonb JSON = JsonbBuilder.create();

  /** Fired with each publication; observed after commit to deliver without waiting for the next poll. */
  public record Published() {}

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Event<Published> published;

  @Inject OutboxDelivery delivery;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(long agencyId, Record event) {
    em.persist(new OutboxMessage(agencyId, event.getClass().getName(), JSON.toJson(event)));
    published.fire(new Published());
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published published) {
    delivery.deliverSoon();
  }
}
