package id.bina.training.domain;

import id.bina.platform.IdBlocks;
import id.bina.training.EnrolmentStatus;
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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A person's request for a seat in a class and its life (see {@link EnrolmentStatus}). The seat itself is
 * taken and given back with conditional updates of the class's counters by the application; the enrolment
 * remembers which counter it came from ({@link SeatKind}), so that it is given back to the same one.
 */
@Entity
@Table(name = "enrolment", schema = "training")
public class Enrolment {

  /** Where a held seat was taken from: the quota of a unit, or the pool outside the quotas. */
  public enum SeatKind {
    QUOTA,
    POOL
  }

  /** A seat taken for this enrolment. */
  public record Seat(SeatKind kind, Long unitId) {
    public static Seat pool() {
      return new Seat(SeatKind.POOL, null);
    }

    public static Seat quota(long unitId) {
      return new Seat(SeatKind.QUOTA, unitId);
    }
  }

  @Id
  @SequenceGenerator(name = "enrolment_seq", sequenceName = "training.enrolment_seq", allocationSize = IdBlocks.BUSY)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "class_id", nullable = false, updatable = false)
  private long classId;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private long employeeId;

  @Column(nullable = false, updatable = false)
  private long arrival;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrolmentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "seat_kind")
  private SeatKind seatKind;

  @Column(name = "seat_unit_id")
  private Long seatUnitId;

  /** The direct supervisor at request time; null when the person has none (an HR manager decides then). */
  @Column(name = "approver_employee_id", updatable = false)
  private Long approverEmployeeId;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "pre_test_score")
  private BigDecimal preTestScore;

  @Column(name = "post_test_score")
  private BigDecimal postTestScore;

  @Column(name = "attendance_percent")
  private BigDecimal attendancePercent;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected Enrolment() {}

  /**
   * A new request: it holds {@code seat} and waits for approval, or, without a seat, joins the waitlist.
   */
  public static Enrolment request(
      long agencyId, long classId, long employeeId, long arrival, Long approverEmployeeId, Seat seat, String by) {
    Enrolment e = new Enrolment();
    e.agencyId = agencyId;
    e.classId = classId;
    e.employeeId = employeeId;
    e.arrival = arrival;
    e.approverEmployeeId = approverEmployeeId;
    e.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
    if (seat == null) {
      e.status = EnrolmentStatus.WAITLISTED;
    } else {
      e.hold(seat);
      e.status = EnrolmentStatus.PENDING_APPROVAL;
    }
    e.touch(by);
    return e;
  }

  /** A waitlisted request got a freed seat: it now waits for approval like any other. */
  public void promote(Seat seat, String by) {
    require(EnrolmentStatus.WAITLISTED, "promoted");
    hold(seat);
    status = EnrolmentStatus.PENDING_APPROVAL;
    touch(by);
  }

  /** The approver agrees; the seat is confirmed at once unless the class asks HR to confirm it. */
  public void approve(boolean hrConfirmationNeeded, String by) {
    require(EnrolmentStatus.PENDING_APPROVAL, "approved");
    status = hrConfirmationNeeded ? EnrolmentStatus.APPROVED : EnrolmentStatus.CONFIRMED;
    decidedBy = by;
    decisionReason = null;
    touch(by);
  }

  /** An HR manager confirms an approved request. */
  public void confirm(String by) {
    require(EnrolmentStatus.APPROVED, "confirmed");
    status = EnrolmentStatus.CONFIRMED;
    decidedBy = by;
    touch(by);
  }

  /**
   * Rejects a request waiting for a decision (approval or HR confirmation), with a reason.
   *
   * @return the seat it held, to be given back
   */
  public Seat reject(String reason, String by) {
    if (status != EnrolmentStatus.PENDING_APPROVAL && status != EnrolmentStatus.APPROVED) {
      throw new IllegalStateException("a " + status + " request is not rejected");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a rejection needs a reason");
    }
    Seat seat = release();
    status = EnrolmentStatus.REJECTED;
    decidedBy = by;
    decisionReason = reason.trim();
    touch(by);
    return seat;
  }

  /**
   * The person (or HR for them) takes the request back before the class runs.
   *
   * @return the seat it held, or null when it held none (waitlisted)
   */
  public Seat withdraw(String by) {
    if (!status.holdsASeat() && status != EnrolmentStatus.WAITLISTED) {
      throw new IllegalStateException("a " + status + " enrolment is not withdrawn");
    }
    Seat seat = release();
    status = EnrolmentStatus.WITHDRAWN;
    touch(by);
    return seat;
  }

  /** The class was cancelled, or ran while this request never got confirmed. */
  public void cancel(String by) {
    if (!status.isActive() || status == EnrolmentStatus.COMPLETED || status == EnrolmentStatus.NOT_COMPLETED) {
      throw new IllegalStateException("a " + status + " enrolment is not cancelled");
    }
    release();
    status = EnrolmentStatus.CANCELLED;
    touch(by);
  }

  public void recordPostTest(BigDecimal score, String by) {
    require(EnrolmentStatus.CONFIRMED, "given a post-test score");
    postTestScore = checkedScore(score);
    touch(by);
  }

  /** The pre-test, taken before or at the start of the class, measures what the training adds (Kirkpatrick level 2). */
  public void recordPreTest(BigDecimal score, String by) {
    require(EnrolmentStatus.CONFIRMED, "given a pre-test score");
    preTestScore = checkedScore(score);
    touch(by);
  }

  private static BigDecimal checkedScore(BigDecimal score) {
    if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("a score is between 0 and 100");
    }
    return score;
  }

  /**
   * The class is completed: the participant completes it when the rules are met.
   *
   * @return whether the participant completed it
   */
  public boolean finish(BigDecimal attendance, CompletionRule rule, String by) {
    require(EnrolmentStatus.CONFIRMED, "completed");
    attendancePercent = attendance;
    boolean passed = rule.passes(attendance, postTestScore);
    status = passed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED;
    touch(by);
    return passed;
  }

  private void hold(Seat seat) {
    seatKind = seat.kind();
    seatUnitId = seat.unitId();
  }

  private Seat release() {
    Seat seat = seatKind == null ? null : new Seat(seatKind, seatUnitId);
    seatKind = null;
    seatUnitId = null;
    return seat;
  }

  private void require(EnrolmentStatus expected, String what) {
    if (status != expected) {
      throw new IllegalStateException("a " + status + " enrolment is not " + what + "; only a " + expected + " one is");
    }
  }

  private void touch(String by) {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getClassId() {
    return classId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public long getArrival() {
    return arrival;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public Seat getSeat() {
    return seatKind == null ? null : new Seat(seatKind, seatUnitId);
  }

  public Long getApproverEmployeeId() {
    return approverEmployeeId;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public BigDecimal getPreTestScore() {
    return preTestScore;
  }

  public BigDecimal getPostTestScore() {
    return postTestScore;
  }

  public BigDecimal getAttendancePercent() {
    return attendancePercent;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
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
