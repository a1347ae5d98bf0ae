package id.bina.evaluation;

import id.bina.training.SkpPredicate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Kirkpatrick level 4 (results) of the participants of a class, a course or a period: their SKP performance
 * predicate of the year before the class completed and of the year after, the training's cost per JP delivered
 * and per competency level gained, and, where HR estimated the benefits of the class or course, the
 * benefit-cost ratio and ROI (Phillips level 5) labelled as estimates.
 */
@Schema(name = "ResultReport")
public record ResultReport(
    Long classId,
    Long courseId,
    LocalDate from,
    LocalDate to,
    long classes,
    int minimumGroup,
    Performance performance,
    Cost cost,
    RoiEstimate roiEstimate,
    Map<String, String> definitions) {

  /**
   * SKP predicates of the participations (one per participant and class) in the calendar year before the class's
   * last session and in the year after. {@code paired}: participations rated in both years; the shares improved,
   * same and worse are of them (Wilson intervals).
   */
  @Schema(name = "ResultPerformance")
  public record Performance(
      long participants, Distribution before, Distribution after, long paired, Estimate improved, Estimate same, Estimate worse) {}

  /** Participations per predicate among the {@code n} rated; counts null when n is below the minimum. */
  @Schema(name = "ResultSkpDistribution")
  public record Distribution(long n, Map<SkpPredicate, Long> predicates, boolean suppressed) {}

  /**
   * {@code totalCost}: each class's cost per participant × its confirmed participants (rupiah); {@code jpDelivered}:
   * the course's JP × the participants who completed. {@code levelsGained} and {@code costPerLevelGained} are null
   * until level-change data exists ({@code levelsGainedNote} says why).
   */
  @Schema(name = "ResultCost")
  public record Cost(
      long participants,
      long completed,
      long totalCost,
      long jpDelivered,
      Double costPerJp,
      Long levelsGained,
      Double costPerLevelGained,
      String levelsGainedNote) {}

  /**
   * ESTIMATE: HR's money value of the benefits set against the cost (Phillips level 5). {@code estimate} is always
   * true: the benefits are estimated, not measured, and so are the ratio and the ROI.
   */
  @Schema(name = "ResultRoiEstimate")
  public record RoiEstimate(
      boolean estimate,
      String label,
      String subject,
      long estimatedBenefits,
      long costs,
      Double benefitCostRatio,
      Double roiPercent,
      String basis,
      String enteredBy,
      OffsetDateTime enteredAt) {}
}
