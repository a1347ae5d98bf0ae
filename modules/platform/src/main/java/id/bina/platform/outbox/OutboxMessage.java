package id.bina.platform.outbox;

import id.bina.platform.IdBlocks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One event waiting for (or done with) delivery. */
@Entity
@Table(name = "outbox_message", schema = "platform")
public class OutboxMessage {

  /** Waits after a failure: 5 s, 10 s, 20 s ... up to an hour. */
  static Duration backoff(int attempts) {
    long seconds = 5L << Math.min(attempts - 1, 10);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  @Id
  @SequenceGenerator(name = "outbox_message_seq", sequenceName = "platform.outbox_message_seq", allocationSize = IdBlocks.BUSY)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(nullable = false)
  private String payload;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMessage() {}

  OutboxMessage(long agencyId, String eventType, String payload) {
    this.agencyId = agencyId;
    this.eventType = eventType;
    this.payload = payload;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.nextAttemptAt = createdAt;
  }

  void delivered() {
    attempts++;
    deliveredAt = OffsetDateTime.now(ZoneOffset.UTC);
    lastError = null;
  }

  void failed(String error) {
    attempts++;
    lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
    nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(backoff(attempts));
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getEventType() {
    return eventType;
  }

  public String getPayload() {
    return payload;
  }

  public int getAttempts() {
    return attempts;
  }

  public OffsetDateTime getDeliveredAt() {
    return deliveredAt;
  }

  public String getLastError() {
    return lastError;
  }
}
