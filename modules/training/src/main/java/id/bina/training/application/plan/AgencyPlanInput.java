package id.bina.training.application.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creating an agency's annual plan: its year (default: next year in the agency's zone). */
@Schema(name = "AgencyPlanInput")
public class AgencyPlanInput {

  public Integer year;

  /**
   * A line of the plan. Target: {@code targetUnitId} (its subtree; none = the whole agency) with {@code minGap}
   * (default 1 level below standard), or {@code employees}. Schedule: {@code plannedQuarter} or
   * {@code startsOn}/{@code endsOn}. Budget in whole rupiah.
   */
  @Schema(name = "AgencyPlanLineInput")
  public static class LineInput {
    public Long competencyId;
    public Long targetUnitId;
    public Integer minGap;
    public List<Long> employees;
    public String developmentType;
    public String modality;
    public Provider provider;
    public Integer plannedQuarter;
    public String startsOn;
    public String endsOn;
    public Integer classes;
    public Integer seats;
    public List<Seats> unitSeats;
    public Long budget;
    public Long courseId;
    public String note;
  }

  @Schema(name = "AgencyPlanLineProvider")
  public static class Provider {
    public String kind;
    public String name;
  }

  @Schema(name = "AgencyPlanLineUnitSeats")
  public static class Seats {
    public Long unitId;
    public Integer seats;
  }
}
