package id.bina.platform;

/**
 * Publishes an event (a record, such as {@code TrainingCompleted}) to other modules. The event is stored in
 * the caller's transaction and delivered to CDI observers of its type only after that transaction commits:
 * none is sent for a rolled-back change, and none is lost when a listener fails (it is retried with growing
 * delays). Delivery is at least once, so listeners must tolerate a repeat.
 */
public interface Outbox {

  void publish(long agencyId, Record event);
}
