package id.bina.platform.audit;

import id.bina.platform.AuditTrail;
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

/** One recorded change; the table refuses updates and deletes. */
@Entity
@Table(name = "audit_entry", schema = "platform")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "platform.audit_entry_seq", allocationSize = IdBlocks.BUSY)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditTrail.Action action;

  /** JSON object: field -> {"from": .., "to": ..}. */
  @Column(nullable = false, updatable = false)
  private String changes;

  protected AuditEntry() {}

  AuditEntry(
      long agencyId,
      OffsetDateTime occurredAt,
      String actor,
      String subjectType,
      long subjectId,
      AuditTrail.Action action,
      String changes) {
    this.agencyId = agencyId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.action = action;
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public AuditTrail.Action getAction() {
    return action;
  }

  public String getChanges() {
    return changes;
  }
}
