package id.bina.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Kirkpatrick level 2 (learning) over groups of completed classes: per class, course, provider, unit or period,
 * the normalised gain as the average of the participants' gains AND as the gain of the group's average scores
 * (they differ; {@link #definitions} says which is which), gain bands, mean pre- and post-test with intervals,
 * and the pass rate. Every figure carries its n; groups below the minimum are suppressed.
 */
@Schema(name = "LearningReport")
public record LearningReport(
    Grouping by,
    LocalDate from,
    LocalDate to,
    Long courseId,
    Long unitId,
    int minimumGroup,
    List<Group> groups,
    Group total,
    Map<String, String> definitions) {

  /** How the classes' participants are grouped; periods by the class's last session. */
  public enum Grouping {
    CLASS,
    COURSE,
    PROVIDER,
    UNIT,
    YEAR,
    QUARTER,
    MONTH
  }

  /**
   * One group: {@code key} is the class or course id, the provider's name, the unit id (with "/direct" for the
   * people placed in the unit itself, not below it) or the period ("2025", "2025-Q3", "2025-07").
   */
  @Schema(name = "LearningGroup")
  public record Group(String key, String label, long classes, Figures figures) {}

  /**
   * The level-2 figures of a group of participants. {@code averageOfGains}: the mean of each participant's
   * normalised gain (participants with a pre-test of 100 left out and counted in {@code gainUndefined}). {@code
   * gainOfAverages}: the normalised gain of the group's mean scores (no interval). Scored participants have both
   * tests; the means and the change (post − pre) are over them. {@code passRate}: post-test at or above the
   * class's passing score, among participants with a post-test in classes that set one (null when none did).
   */
  @Schema(name = "LearningFigures")
  public record Figures(
      long participants,
      long scored,
      long scoresMissing,
      long gainUndefined,
      Estimate averageOfGains,
      Estimate gainOfAverages,
      Bands bands,
      Estimate meanPreTest,
      Estimate meanPostTest,
      Estimate meanChange,
      Estimate passRate) {}

  /** Participants per gain band (low < 0.3 ≤ medium ≤ 0.7 < high), of {@code n} with a defined gain. */
  @Schema(name = "LearningGainBands")
  public record Bands(long n, Long low, Long medium, Long high, boolean suppressed) {}

  /** One class's facts with its figures. */
  @Schema(name = "LearningClassReport")
  public record ClassReport(
      long classId,
      String classCode,
      String className,
      long courseId,
      String courseCode,
      String courseTitle,
      String providerName,
      LocalDate firstSessionOn,
      LocalDate lastSessionOn,
      BigDecimal passingScore,
      int minimumGroup,
      Figures figures,
      Map<String, String> definitions) {}

  /** Whether a participant's normalised gain could be computed. */
  public enum GainStatus {
    DEFINED,
    /** Pre-test 100: nothing left to gain, so g is undefined (left out of the average of gains). */
    UNDEFINED_PRE_TEST_100,
    /** A pre- or post-test score is missing. */
    SCORES_MISSING
  }

  /** One participant's test record in a class (HR reads it; it is no statistic, so it is not suppressed). */
  @Schema(name = "LearningParticipant")
  public record Participant(
      long employeeId,
      String nip,
      String name,
      String unitName,
      boolean completed,
      BigDecimal attendancePercent,
      BigDecimal preTestScore,
      BigDecimal postTestScore,
      Double normalisedGain,
      String band,
      GainStatus gainStatus,
      Boolean passed) {}
}
