package id.bina.training.application.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gaps and activities of an IDP, as the employee writes them (replacing what was there). */
@Schema(name = "DevelopmentPlanInput")
public class DevelopmentPlanInput {

  /** Only for creation: the plan's year (default: the current year in the agency's zone). */
  public Integer year;

  public List<GapInput> gaps;

  public List<ActivityInput> activities;

  /** A gap from the employee's profile; the target level defaults to the required level. */
  @Schema(name = "DevelopmentPlanGapInput")
  public static class GapInput {
    public Long competencyId;
    public Integer targetLevel;
  }

  /**
   * kind CLASS (classId), COURSE (courseId), MENTORING or NON_CLASSICAL (modality, description); plannedJp
   * defaults to the course's JP; plannedQuarter 1-4; competencyId optionally one of the chosen gaps.
   */
  @Schema(name = "DevelopmentPlanActivityInput")
  public static class ActivityInput {
    public String kind;
    public Long competencyId;
    public Long classId;
    public Long courseId;
    public String modality;
    public String description;
    public Integer plannedJp;
    public Integer plannedQuarter;
  }
}
