package id.bina.training;

import id.bina.training.EnrolmentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An enrolment as the API shows it. {@code waitlistPosition} is 1 for the next to get a seat, null when not
 * waitlisted; {@code created} is false when a repeated request found the existing enrolment.
 */
public record EnrolmentView(
    long id,
    long classId,
    String classCode,
    String className,
    long courseId,
    String courseCode,
    String courseTitle,
    LocalDate firstSessionOn,
    LocalDate lastSessionOn,
    long employeeId,
    String employeeName,
    EnrolmentStatus status,
    Integer waitlistPosition,
    Long approverEmployeeId,
    String decidedBy,
    String decisionReason,
    BigDecimal attendancePercent,
    BigDecimal postTestScore,
    OffsetDateTime requestedAt,
    OffsetDateTime updatedAt,
    String updatedBy,
    long version,
    boolean created) {}
