package id.bina.training.application;

import java.math.BigDecimal;
import java.util.List;

/** Who attended which session of a class (sessions numbered from 0, in date order), with pre- and post-test scores. */
public record AttendanceSheet(
    long classId, int sessions, int attendanceThreshold, BigDecimal passingScore, List<Participant> participants) {

  public record Participant(
      long enrolmentId, long employeeId, String name, String status, List<Integer> attended, BigDecimal attendancePercent,
      BigDecimal preTestScore, BigDecimal postTestScore) {}
}
