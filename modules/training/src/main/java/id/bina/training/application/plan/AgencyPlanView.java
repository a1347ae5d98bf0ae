package id.bina.training.application.plan;

import id.bina.training.CourseType;
import id.bina.training.Modality;
import id.bina.training.SkpPredicate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agency's annual plan with its lines and what they add up to: people below standard in each line's
 * competency within its target, the gaps its seats would close, cost, and plan versus actual from the
 * classes of each line's course in the plan's year. {@code performance} is the previous year's SKP summary.
 */
@Schema(name = "AgencyPlan")
public record AgencyPlanView(
    long id,
    int year,
    String status,
    List<Line> lines,
    Totals totals,
    Performance performance,
    OffsetDateTime approvedAt,
    String approvedBy,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    long version) {

  @Schema(name = "AgencyPlanLine")
  public record Line(
      long id,
      long competencyId,
      String competencyCode,
      String competencyName,
      Target target,
      CourseType developmentType,
      Modality modality,
      boolean classical,
      String providerKind,
      String providerName,
      Integer plannedQuarter,
      LocalDate startsOn,
      LocalDate endsOn,
      int classes,
      int seats,
      List<UnitSeatsView> unitSeats,
      long budget,
      Long costPerSeat,
      Long courseId,
      String courseCode,
      String courseTitle,
      String note,
      long peopleBelowStandard,
      long gapsClosed,
      Actual actual) {}

  /** Whom a line is for: a unit's subtree (null unit: the whole agency) at least minGap below standard, or listed people. */
  @Schema(name = "AgencyPlanLineTarget")
  public record Target(Long unitId, String unitName, int minGap, List<Long> employees) {}

  @Schema(name = "AgencyPlanLineUnitSeatsView")
  public record UnitSeatsView(long unitId, String unitName, int planned, int filled) {}

  /**
   * From the classes of the line's course whose first session falls in the plan's year (not drafts, not
   * cancelled): their seats ({@code capacity}); seats filled = confirmed enrolments (confirmed, then completed
   * or not); {@code completed} = participants who completed; JP delivered = completed x the course's JP; money
   * spent = completed x its cost per participant; {@code budgetRemaining} = the line's budget - spent
   * (negative when overspent).
   */
  @Schema(name = "AgencyPlanLineActual")
  public record Actual(int classes, int capacity, int seatsFilled, int completed, long jpDelivered, long spent, long budgetRemaining) {}

  @Schema(name = "AgencyPlanTotals")
  public record Totals(
      int lines, int classes, int seats, long budget, long gapsClosed, int seatsFilled, long jpDelivered, long spent, int completed,
      long budgetRemaining) {}

  @Schema(name = "AgencyPlanPerformance")
  public record Performance(int year, Map<SkpPredicate, Long> predicates, long belowExpectation, long rated, long notRated) {}

  @Schema(name = "AgencyPlanSummary")
  public record Summary(long id, int year, String status, int lines, int seats, long budget, long version) {}
}
