package id.bina.platform.notification;

import id.bina.platform.IdBlocks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One message in one employee's inbox. Only its read time and the state of its e-mail copy ever change; the
 * copy is sent after the writing transaction commits, and its failure never touches the message itself.
 */
@Entity
@Table(name = "notification", schema = "platform")
public class Notification {

  static final int MAX_TEXT = 1000;

  @Id
  @SequenceGenerator(name = "notification_seq", sequenceName = "platform.notification_seq", allocationSize = IdBlocks.BUSY)
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

  /** The e-mail copy: null when none was asked for. */
  @Enumerated(EnumType.STRING)
  @Column(name = "mail_status")
  private MailStatus mailStatus;

  @Column(name = "mail_attempts", nullable = false)
  private int mailAttempts;

  @Column(name = "mailed_at")
  private OffsetDateTime mailedAt;

  @Column(name = "mail_error")
  private String mailError;

  /** Where the e-mail copy of a notification stands. */
  public enum MailStatus {
    PENDING,
    SENT,
    /** The recipient had no e-mail address any more, or mail was switched off, when it was to be sent. */
    SKIPPED,
    /** Every attempt failed: the notification stays in the inbox only. */
    FAILED
  }

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

  /** Asks for an e-mail copy, sent after commit. */
  void requestMail() {
    mailStatus = MailStatus.PENDING;
  }

  /** Whether an e-mail copy still waits to be sent (a repeated delivery of a sent one sends nothing). */
  boolean isMailPending() {
    return mailStatus == MailStatus.PENDING;
  }

  /** Counts an attempt before it is made, so that a crash during sending still counts it. */
  int startMailAttempt() {
    if (!isMailPending()) {
      throw new IllegalStateException("notification " + id + " has no e-mail copy waiting (" + mailStatus + ")");
    }
    return ++mailAttempts;
  }

  void mailSent() {
    mailStatus = MailStatus.SENT;
    mailedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    mailError = null;
  }

  void mailSkipped(String why) {
    mailStatus = MailStatus.SKIPPED;
    mailError = why;
  }

  /**
   * Records a failed attempt; after {@code maxAttempts} attempts the copy is given up.
   *
   * @return true when another attempt is due later
   */
  boolean mailFailed(String error, int maxAttempts) {
    mailError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
    if (mailAttempts >= maxAttempts) {
      mailStatus = MailStatus.FAILED;
      return false;
    }
    return true;
  }

  public MailStatus getMailStatus() {
    return mailStatus;
  }

  public int getMailAttempts() {
    return mailAttempts;
  }

  public OffsetDateTime getMailedAt() {
    return mailedAt;
  }

  public String getMailError() {
    return mailError;
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
