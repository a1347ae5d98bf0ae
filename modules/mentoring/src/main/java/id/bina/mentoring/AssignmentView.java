package id.bina.mentoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A mentor-mentee assignment. {@code agreement} is shown to the two parties only (null for HR);
 * {@code feedbackGiven} to the mentee only (null otherwise), so a mentor cannot tell whose answers came in.
 */
public record AssignmentView(
    long id,
    long programmeId,
    String programmeName,
    long menteeId,
    String menteeName,
    Long mentorId,
    Long mentorEmployeeId,
    String mentorName,
    String status,
    List<Long> candidateMentorIds,
    OffsetDateTime requestDeadline,
    LocalDate startsOn,
    LocalDate endedOn,
    String endReason,
    Agreement agreement,
    Boolean feedbackGiven,
    long version) {

  public record Agreement(List<Goal> goals, String actionPlan, OffsetDateTime mentorSignedAt, OffsetDateTime menteeSignedAt) {}

  public record Goal(long competencyId, int targetLevel, LocalDate dueOn, Integer selfLevel, Integer finalLevel) {}
}
