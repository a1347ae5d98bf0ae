package id.bina.mentoring.domain;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * An employee in the mentor pool: the competencies they offer (each held at the configured minimum level,
 * checked when applying and again on approval), how many mentees they take at once, when they are
 * available. HR approves the entry; nobody approves their own.
 */
@Entity
@Table(name = "mentor", schema = "mentoring")
public class Mentor {

  public static final int MAX_MENTEES_LIMIT = 20;

  @Id
  @SequenceGenerator(name = "mentor_seq", sequenceName = "mentoring.mentor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private long employeeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MentorStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mentor_competency", schema = "mentoring", joinColumns = @JoinColumn(name = "mentor_id"))
  @Column(name = "competency_id")
  private Set<Long> competencyIds = new TreeSet<>();

  @Column(name = "max_mentees", nullable = false)
  private short maxMentees;

  private String availability;

  @Column(name = "applied_by", nullable = false, updatable = false)
  private String appliedBy;

  @Column(name = "applied_at", nullable = false, updatable = false)
  private OffsetDateTime appliedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawal_reason")
  private String withdrawalReason;

  @Version private long version;

  protected Mentor() {}

  public Mentor(long agencyId, long employeeId, Collection<Long> competencyIds, int maxMentees, String availability, String by) {
    this.agencyId = agencyId;
    this.employeeId = employeeId;
    this.status = MentorStatus.APPLIED;
    this.appliedBy = by;
    this.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
    offer(competencyIds, maxMentees, availability);
  }

  /**
   * Changes what the mentor offers. New competencies need HR's approval again (their level is checked then),
   * so an approved entry that adds any goes back to APPLIED; capacity and availability change freely. A
   * withdrawn entry that offers again is a new application.
   */
  public void offer(Collection<Long> competencies, int maxMentees, String availability) {
    if (competencies == null || competencies.isEmpty()) {
      throw new InvalidInputException("competencyIds", "offer at least one competency");
    }
    if (maxMentees < 1 || maxMentees > MAX_MENTEES_LIMIT) {
      throw new InvalidInputException("maxMentees", "must be from 1 to " + MAX_MENTEES_LIMIT);
    }
    if ((status == MentorStatus.APPROVED && !competencyIds.containsAll(competencies)) || status == MentorStatus.WITHDRAWN) {
      status = MentorStatus.APPLIED;
      approvedBy = null;
      approvedAt = null;
      withdrawnBy = null;
      withdrawnAt = null;
      withdrawalReason = null;
    }
    this.competencyIds.clear();
    this.competencyIds.addAll(competencies);
    this.maxMentees = (short) maxMentees;
    this.availability = availability == null || availability.isBlank() ? null : availability.strip();
  }

  /** HR takes the entry into the pool; the caller's own entry is refused. */
  public void approve(long approverEmployeeId, String by) {
    if (approverEmployeeId == employeeId) {
      throw new AccessDeniedException("Nobody approves themselves into the mentor pool");
    }
    if (status != MentorStatus.APPLIED) {
      throw new ConflictException("Mentor " + id + " is " + status + ", not an application waiting for approval");
    }
    status = MentorStatus.APPROVED;
    approvedBy = by;
    approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Out of the pool: HR turns an application down or withdraws an approved mentor, or the mentor takes
   * themself out. Mentorings under way go on; no new mentee is matched.
   */
  public void withdraw(String by, String reason) {
    if (status == MentorStatus.WITHDRAWN) {
      throw new ConflictException("Mentor " + id + " is already withdrawn from the pool");
    }
    status = MentorStatus.WITHDRAWN;
    withdrawnBy = by;
    withdrawnAt = OffsetDateTime.now(ZoneOffset.UTC);
    withdrawalReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  public boolean isApproved() {
    return status == MentorStatus.APPROVED;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public MentorStatus getStatus() {
    return status;
  }

  public Set<Long> getCompetencyIds() {
    return Set.copyOf(competencyIds);
  }

  public int getMaxMentees() {
    return maxMentees;
  }

  public String getAvailability() {
    return availability;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public OffsetDateTime getAppliedAt() {
    return appliedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public OffsetDateTime getApprovedAt() {
    return approvedAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public OffsetDateTime getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public long getVersion() {
    return version;
  }
}
