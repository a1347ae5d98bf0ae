package id.bina.training.application.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A competency the agency (or a unit) should plan for: how many people fall below standard in it (heat map),
 * how many approved IDPs of the plan's year chose it and which activities they planned, and a line HR may
 * add as it is or edit first.
 */
@Schema(name = "AgencyPlanProposal")
public record PlanProposal(
    long competencyId,
    String code,
    String name,
    String category,
    long peopleRequired,
    long peopleBelowStandard,
    Double averageGap,
    long idpPeople,
    List<IdpActivity> idpActivities,
    AgencyPlanInput.LineInput suggestedLine) {

  /** Approved IDPs' activities for the competency, rolled up: how many people planned it, and their JP. */
  @Schema(name = "AgencyPlanProposalActivity")
  public record IdpActivity(String kind, String modality, Long courseId, String courseCode, long people, long plannedJp) {}
}
