package id.bina.evaluation.domain;

import id.bina.evaluation.ResultReports.Subject;
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
import java.time.OffsetDateTime;

/**
 * An HR manager's estimate of the money value (whole rupiah) of what a class or a course brought, with how it was
 * estimated: the benefits side of the benefit-cost ratio and ROI (Phillips level 5). It is an estimate, never a
 * measurement, and every report labels it so. One per class or course; a new estimate replaces it (audited).
 */
@Entity
@Table(name = "benefit_estimate", schema = "evaluation")
public class BenefitEstimate {

  public static final int BASIS_MAX = 2000;

  @Id
  @SequenceGenerator(name = "benefit_estimate_seq", sequenceName = "evaluation.benefit_estimate_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benefit_estimate_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false)
  private Subject subject;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(nullable = false)
  private long amount;

  @Column(nullable = false, length = BASIS_MAX)
  private String basis;

  @Column(name = "entered_by", nullable = false)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private OffsetDateTime enteredAt;

  @Version private long version;

  protected BenefitEstimate() {}

  public BenefitEstimate(long agencyId, Subject subject, long subjectId) {
    this.agencyId = agencyId;
    this.subject = subject;
    this.subjectId = subjectId;
  }

  /** Sets the estimate: a value of 0 or more and a description of how it was estimated. */
  public void estimate(long amount, String basis, String by, OffsetDateTime at) {
    if (amount < 0) {
      throw new IllegalArgumentException("a benefit is 0 or more rupiah");
    }
    if (basis == null || basis.isBlank() || basis.length() > BASIS_MAX) {
      throw new IllegalArgumentException("say how the benefit was estimated, in at most " + BASIS_MAX + " characters");
    }
    this.amount = amount;
    this.basis = basis.strip();
    this.enteredBy = by;
    this.enteredAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public Subject getSubject() {
    return subject;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public long getAmount() {
    return amount;
  }

  public String getBasis() {
    return basis;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public OffsetDateTime getEnteredAt() {
    return enteredAt;
  }

  public long getVersion() {
    return version;
  }
}
