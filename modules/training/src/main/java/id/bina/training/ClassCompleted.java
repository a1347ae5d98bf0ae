package id.bina.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Published once when a class is completed and every confirmed participant has been decided: the facts
 * evaluation measures a class by (its course, provider, trainers, cost, the competencies it targets) and each
 * participant's outcome with attendance and test scores. Participants who did not complete are included:
 * they answer the reaction survey and count in the pass rate. Delivered at least once.
 */
public record ClassCompleted(
    long agencyId,
    long classId,
    String classCode,
    String className,
    long courseId,
    String courseCode,
    String courseTitle,
    CourseType courseType,
    Modality modality,
    String providerName,
    long costPerParticipant,
    int lessonHours,
    LocalDate firstSessionOn,
    LocalDate lastSessionOn,
    BigDecimal passingScore,
    List<ClassTrainer> trainers,
    List<TrainingCompleted.TargetedCompetency> targetedCompetencies,
    List<Participant> participants) {

  /** A trainer: an employee of the agency (employeeId set) or an outside person by name. */
  public record ClassTrainer(Long employeeId, String externalName) {}

  /** A confirmed participant's outcome; scores 0–100, null when not taken. */
  public record Participant(
      long enrolmentId,
      long employeeId,
      boolean completed,
      BigDecimal attendancePercent,
      BigDecimal preTestScore,
      BigDecimal postTestScore) {}
}
