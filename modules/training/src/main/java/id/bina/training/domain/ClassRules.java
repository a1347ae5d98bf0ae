package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How a class runs enrolment and completion: the attendance threshold, an optional post-test passing score,
 * whether an HR manager confirms approved requests, and the waitlist order. A class without rules uses
 * {@link #defaults(long, long)}.
 */
@Entity
@Table(name = "class_rules", schema = "training")
public class ClassRules {

  /** The order in which waitlisted requests get freed seats. */
  public enum WaitlistPriority {
    /** First come, first served. */
    ARRIVAL,
    /** Fewest JP credited this year first, then first come. */
    FEWEST_JP
  }

  @Id
  @Column(name = "class_id")
  private long classId;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "attendance_threshold", nullable = false)
  private int attendanceThreshold = CompletionRule.DEFAULT_THRESHOLD;

  @Column(name = "passing_score")
  private BigDecimal passingScore;

  @Column(name = "hr_confirmation", nullable = false)
  private boolean hrConfirmation;

  @Enumerated(EnumType.STRING)
  @Column(name = "waitlist_priority", nullable = false)
  private WaitlistPriority waitlistPriority = WaitlistPriority.ARRIVAL;

  @Column(name = "certificate_validity_months")
  private Integer certificateValidityMonths;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected ClassRules() {}

  /** The rules of a class nobody has set them for (not stored until changed). */
  public static ClassRules defaults(long classId, long agencyId) {
    ClassRules r = new ClassRules();
    r.classId = classId;
    r.agencyId = agencyId;
    return r;
  }

  public void change(
      int attendanceThreshold,
      BigDecimal passingScore,
      boolean hrConfirmation,
      WaitlistPriority priority,
      Integer certificateValidityMonths,
      String by) {
    if (certificateValidityMonths != null && (certificateValidityMonths < 1 || certificateValidityMonths > 600)) {
      throw new IllegalArgumentException("a certificate is valid for 1 to 600 months");
    }
    if (attendanceThreshold < 0 || attendanceThreshold > 100) {
      throw new IllegalArgumentException("the attendance threshold is a percentage (0-100)");
    }
    if (passingScore != null && (passingScore.signum() < 0 || passingScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("the passing score is between 0 and 100");
    }
    this.attendanceThreshold = attendanceThreshold;
    this.passingScore = passingScore;
    this.hrConfirmation = hrConfirmation;
    this.waitlistPriority = priority == null ? WaitlistPriority.ARRIVAL : priority;
    this.certificateValidityMonths = certificateValidityMonths;
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = by;
  }

  public CompletionRule completionRule() {
    return new CompletionRule(attendanceThreshold, passingScore);
  }

  public long getClassId() {
    return classId;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public int getAttendanceThreshold() {
    return attendanceThreshold;
  }

  public BigDecimal getPassingScore() {
    return passingScore;
  }

  public boolean isHrConfirmation() {
    return hrConfirmation;
  }

  public WaitlistPriority getWaitlistPriority() {
    return waitlistPriority;
  }

  public Integer getCertificateValidityMonths() {
    return certificateValidityMonths;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
