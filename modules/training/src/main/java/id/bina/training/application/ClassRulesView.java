package id.bina.training.application;

import java.math.BigDecimal;

/** How a class runs enrolment and completion; {@code version} 0 for a class still on the defaults. */
public record ClassRulesView(
    long classId,
    int attendanceThreshold,
    BigDecimal passingScore,
    boolean hrConfirmation,
    String waitlistPriority,
    Integer certificateValidityMonths,
    long version) {}
