package id.bina.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when an employee completed a class: a piece of "completed training" evidence for each competency
 * the course targets, at the course's target level. It does not raise a level by itself: the competency
 * module may record it as evidence for a reviewer. Delivered at least once.
 */
public record TrainingCompleted(
    long agencyId,
    long enrolmentId,
    long employeeId,
    long classId,
    long courseId,
    String courseCode,
    String courseTitle,
    LocalDate completedOn,
    int lessonHours,
    String certificateNumber,
    List<TargetedCompetency> targetedCompetencies) {

  /** A competency the course builds, and to which level. */
  public record TargetedCompetency(long competencyId, int targetLevel) {}
}
