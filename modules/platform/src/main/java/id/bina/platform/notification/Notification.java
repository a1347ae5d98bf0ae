package id.bina.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** One message in one employee's inbox; only its read time ever changes. */
@Entity
@Table(name = "notification", schema = "platform")
public class Notification {

  static final int MAX_TEXT = 1000;

  @Id
  @SequenceGenerator(name = "notification_seq", sequenceName = "platform.notification_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "recipient_employee_id", nullable = false, updatable = false)
  private long recipientEmployeeId;

  @Column(nullable = false, updatable = false)
  private String topic;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notification() {}

  Notification(long agencyId, long recipientEmployeeId, String topic, String subjectType, long subjectId, String text) {
    if (topic == null || topic.isBlank() || subjectType == null || subjectType.isBlank() || text == null || text.isBlank()) {
      throw new IllegalArgumentException("a notification needs a topic, a subject type and a text");
    }
    this.agencyId = agencyId;
    this.recipientEmployeeId = recipientEmployeeId;
    this.topic = topic;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    // Texts come from code, but a quoted title may be long: cut rather than fail the business transaction.
    this.text = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** Marks it read; reading it again keeps the first time. */
  void markRead() {
    if (readAt == null) {
      // PostgreSQL keeps microseconds: the time answered now is the time read back later.
      readAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getRecipientEmployeeId() {
    return recipientEmployeeId;
  }

  public String getTopic() {
    return topic;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public String getText() {
    return text;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getReadAt() {
    return readAt;
  }
}
