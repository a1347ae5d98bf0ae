package id.bina.competency.domain;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Evidence an employee submits for a competency (a certificate, a decree...). It counts only once a reviewer
 * (the direct supervisor or HR, never the employee) accepts it; the level it counts for is at most the level
 * the employee claimed. Only the submitter changes it while it waits: attach a file, or withdraw it.
 */
@Entity
@Table(name = "evidence", schema = "competency")
public class Evidence {

  @Id
  @SequenceGenerator(name = "evidence_seq", sequenceName = "competency.evidence_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private long employeeId;

  /** The direct supervisor when it was submitted: whose review queue it joins. */
  @Column(name = "supervisor_employee_id", updatable = false)
  private Long supervisorEmployeeId;

  @Column(name = "competency_id", nullable = false, updatable = false)
  private long competencyId;

  /** The dictionary revision the employee read when claiming the level. */
  @Column(nullable = false, updatable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EvidenceKind kind;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(updatable = false)
  private String issuer;

  @Column(name = "claimed_level", nullable = false, updatable = false)
  private short claimedLevel;

  @Column(updatable = false)
  private String note;

  @Column(name = "file_content_type")
  private String fileContentType;

  @Column(name = "file_size")
  private Long fileSize;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvidenceStatus status;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "reviewer_employee_id")
  private Long reviewerEmployeeId;

  /** The reviewer's username, as assessments name their assessor. */
  @Column(name = "reviewer")
  private String reviewer;

  @Column(name = "accepted_level")
  private Short acceptedLevel;

  /** The reviewer's note on acceptance, or the reason of a rejection. */
  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "assessment_id")
  private Long assessmentId;

  /** What another module recorded this evidence from ("training-enrolment:42"); null when submitted by hand. */
  @Column(name = "source_ref", updatable = false)
  private String sourceRef;

  @Version private long version;

  protected Evidence() {}

  /** Evidence recorded by another module from {@code sourceRef}, waiting for review like any other. */
  public static Evidence recorded(
      long agencyId,
      long employeeId,
      Long supervisorEmployeeId,
      long competencyId,
      int revision,
      EvidenceKind kind,
      String title,
      LocalDate issuedOn,
      String issuer,
      int claimedLevel,
      String note,
      String submittedBy,
      String sourceRef) {
    Evidence e =
        new Evidence(
            agencyId, employeeId, supervisorEmployeeId, competencyId, revision, kind, title, issuedOn, issuer, claimedLevel, note,
            submittedBy);
    e.sourceRef = sourceRef;
    return e;
  }

  public Evidence(
      long agencyId,
      long employeeId,
      Long supervisorEmployeeId,
      long competencyId,
      int revision,
      EvidenceKind kind,
      String title,
      LocalDate issuedOn,
      String issuer,
      int claimedLevel,
      String note,
      String submittedBy) {
    if (claimedLevel < ProficiencyLevel.LOWEST || claimedLevel > ProficiencyLevel.HIGHEST) {
      throw new InvalidInputException("claimedLevel", "must be a level from 1 to 5");
    }
    if (title == null || title.isBlank()) {
      throw new InvalidInputException("title", "must not be blank");
    }
    this.agencyId = agencyId;
    this.employeeId = employeeId;
    this.supervisorEmployeeId = supervisorEmployeeId;
    this.competencyId = competencyId;
    this.revision = revision;
    this.kind = kind;
    this.title = title.strip();
    this.issuedOn = issuedOn;
    this.issuer = issuer;
    this.claimedLevel = (short) claimedLevel;
    this.note = note;
    this.submittedBy = submittedBy;
    this.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.status = EvidenceStatus.WAITING;
  }

  /** Attaches (or replaces) the file; only while the evidence waits, so a reviewer never sees it change. */
  public void attachFile(EvidenceFileType type, long size) {
    requireStatus(EvidenceStatus.WAITING, "attach a file to");
    this.fileContentType = type.mediaType();
    this.fileSize = size;
  }

  /** The employee takes it back before anyone reviews it. */
  public void withdraw() {
    requireStatus(EvidenceStatus.WAITING, "withdraw");
    status = EvidenceStatus.WITHDRAWN;
  }

  /** A reviewer takes it: from now on only they decide on it. */
  public void takeIntoReview(long reviewerEmployeeId, String reviewer) {
    requireReviewerIsNotSubmitter(reviewerEmployeeId);
    requireStatus(EvidenceStatus.WAITING, "take into review");
    this.reviewerEmployeeId = reviewerEmployeeId;
    this.reviewer = reviewer;
    this.status = EvidenceStatus.IN_REVIEW;
  }

  /**
   * Accepts it at {@code level} (the claimed level when null). A reviewer may accept a lower level than
   * claimed, never a higher one: the employee did not ask for that, and can submit again.
   */
  public int accept(long reviewerEmployeeId, String reviewer, Integer level, String note) {
    decide(reviewerEmployeeId, reviewer, "accept");
    int accepted = level == null ? claimedLevel : level;
    if (accepted < ProficiencyLevel.LOWEST || accepted > claimedLevel) {
      throw new InvalidInputException("level", "must be from 1 to the claimed level " + claimedLevel);
    }
    this.acceptedLevel = (short) accepted;
    this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    this.status = EvidenceStatus.ACCEPTED;
    return accepted;
  }

  /** Rejects it; the employee is told why, so a reason is required. */
  public void reject(long reviewerEmployeeId, String reviewer, String reason) {
    decide(reviewerEmployeeId, reviewer, "reject");
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "a rejection needs a reason the employee can act on");
    }
    this.decisionNote = reason.strip();
    this.status = EvidenceStatus.REJECTED;
  }

  /** The assessment that carries the accepted level into the profile. */
  public void recordedAs(long assessmentId) {
    if (status != EvidenceStatus.ACCEPTED) {
      throw new IllegalStateException("only accepted evidence becomes an assessment");
    }
    this.assessmentId = assessmentId;
  }

  /** A decision comes from a waiting state, or from review by the same reviewer who took it. */
  private void decide(long reviewerEmployeeId, String reviewer, String action) {
    requireReviewerIsNotSubmitter(reviewerEmployeeId);
    if (status == EvidenceStatus.IN_REVIEW && !Long.valueOf(reviewerEmployeeId).equals(this.reviewerEmployeeId)) {
      throw new ConflictException("Evidence " + id + " is being reviewed by " + this.reviewer);
    }
    if (!status.isOpen()) {
      throw new ConflictException("Cannot " + action + " evidence " + id + ": it is " + status);
    }
    this.reviewerEmployeeId = reviewerEmployeeId;
    this.reviewer = reviewer;
    this.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  private void requireReviewerIsNotSubmitter(long reviewerEmployeeId) {
    if (reviewerEmployeeId == employeeId) {
      throw new AccessDeniedException("Nobody reviews their own evidence");
    }
  }

  private void requireStatus(EvidenceStatus required, String action) {
    if (status != required) {
      throw new ConflictException("Cannot " + action + " evidence " + id + ": it is " + status);
    }
  }

  public String getSourceRef() {
    return sourceRef;
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

  public Long getSupervisorEmployeeId() {
    return supervisorEmployeeId;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public int getRevision() {
    return revision;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getIssuer() {
    return issuer;
  }

  public int getClaimedLevel() {
    return claimedLevel;
  }

  public String getNote() {
    return note;
  }

  public String getFileContentType() {
    return fileContentType;
  }

  public Long getFileSize() {
    return fileSize;
  }

  public EvidenceStatus getStatus() {
    return status;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public Long getReviewerEmployeeId() {
    return reviewerEmployeeId;
  }

  public String getReviewer() {
    return reviewer;
  }

  public Integer getAcceptedLevel() {
    return acceptedLevel == null ? null : acceptedLevel.intValue();
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public long getVersion() {
    return version;
  }
}
