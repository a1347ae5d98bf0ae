package id.bina.training.application.plan;

import id.bina.training.Modality;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An IDP as the employee, their supervisor and HR see it; {@code canEdit}/{@code canDecide} are for the caller. */
@Schema(name = "DevelopmentPlan")
public record DevelopmentPlanView(
    long id,
    long employeeId,
    String employeeName,
    int year,
    String status,
    Long submittedTo,
    OffsetDateTime submittedAt,
    OffsetDateTime decidedAt,
    String decidedBy,
    String returnReason,
    List<Gap> gaps,
    List<Activity> activities,
    int totalPlannedJp,
    boolean canEdit,
    boolean canDecide,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    long version) {

  @Schema(name = "DevelopmentPlanGap")
  public record Gap(long competencyId, String code, String name, Integer currentLevel, int requiredLevel, int targetLevel) {}

  @Schema(name = "DevelopmentPlanActivity")
  public record Activity(
      String kind,
      Long competencyId,
      Long classId,
      String classCode,
      Long courseId,
      String courseCode,
      String courseTitle,
      Modality modality,
      boolean classical,
      String description,
      int plannedJp,
      int plannedQuarter) {}

  /** A line of the plan list. */
  @Schema(name = "DevelopmentPlanSummary")
  public record Summary(
      long id,
      long employeeId,
      String nip,
      String employeeName,
      long unitId,
      String unitName,
      int year,
      String status,
      int gaps,
      int activities,
      int plannedJp,
      long version) {}
}
