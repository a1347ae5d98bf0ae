package id.bina.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attendance and post-test of a running class for the portal, with the REST API's rules: HR managers and the
 * class's trainers (employees named as trainers) record them while the class runs; completing the class is
 * HR's move ({@link CatalogAdministration#moveClass}).
 */
public interface ClassAttendance {

  /** A participant: sessions attended (numbered from 0), attendance in percent, post-test score. */
  record Participant(
      long enrolmentId,
      long employeeId,
      String name,
      EnrolmentStatus status,
      List<Integer> attended,
      BigDecimal attendancePercent,
      BigDecimal postTestScore) {}

  /** Confirmed participants (after completion: completed or not) of a class with its completion rule. */
  record Sheet(long classId, int sessions, int attendanceThreshold, BigDecimal passingScore, List<Participant> participants) {}

  Sheet sheet(long classId);

  /**
   * Records what the person at the form changed, in one transaction: per session (0 = the first), the
   * employees they marked present and those they marked absent, applied to what is stored now, so that two
   * people ticking different boxes at once both keep their ticks; and the post-test scores they changed
   * (null clears one).
   */
  Sheet record(long classId, Map<Integer, Set<Long>> markedPresent, Map<Integer, Set<Long>> markedAbsent, Map<Long, BigDecimal> scores);

  /** The caller's classes as a trainer (neither draft nor cancelled), latest first. */
  List<ClassSummary> classesITrain();
}
