package id.bina.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A re-assessment task some months after a class: whose, for whom ({@code assessorEmployeeId} null: any HR
 * manager of the agency), the follow-up date and the deadline after which an open task is overdue, and the
 * competencies to rate. {@code levelBefore} is shown to HR only: the assessor rates without that anchor.
 */
public record ReassessmentTaskView(
    long id,
    long classId,
    String classCode,
    String className,
    String courseTitle,
    LocalDate lastSessionOn,
    long employeeId,
    String employeeName,
    Long assessorEmployeeId,
    String assessorName,
    LocalDate dueOn,
    LocalDate deadline,
    boolean overdue,
    String status,
    OffsetDateTime completedAt,
    String completedBy,
    List<Competency> competencies,
    long version) {

  public record Competency(long competencyId, String code, String name, Integer levelBefore, Integer levelAfter, String note) {}
}
