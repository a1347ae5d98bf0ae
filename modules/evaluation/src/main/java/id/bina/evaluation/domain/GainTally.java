package id.bina.evaluation.domain;

import id.bina.evaluation.Estimate;
import id.bina.evaluation.LearningReport;
import java.util.OptionalDouble;

/**
 * The sums one SQL aggregate gives for a group of participants (a class, course, provider, unit or period), from
 * which the level-2 figures follow. "Scored" participants have both a pre- and a post-test score; {@code gains}
 * of them have a defined normalised gain (their pre-test was below 100), and {@code low}, {@code medium}, {@code
 * high} count those gains per band. {@code postTested} counts participants with a post-test score in classes that
 * set a passing score, {@code passed} those of them at or above it.
 */
public record GainTally(
    long participants,
    long scored,
    long gainUndefined,
    long gains,
    double sumGain,
    double sumGainSquares,
    long low,
    long medium,
    long high,
    double sumPre,
    double sumPreSquares,
    double sumPost,
    double sumPostSquares,
    double sumChange,
    double sumChangeSquares,
    long postTested,
    long passed) {

  public LearningReport.Figures figures(Statistics statistics) {
    Estimate meanPre = statistics.mean(scored, sumPre, sumPreSquares);
    Estimate meanPost = statistics.mean(scored, sumPost, sumPostSquares);
    return new LearningReport.Figures(
        participants,
        scored,
        participants - scored,
        gainUndefined,
        statistics.mean(gains, sumGain, sumGainSquares),
        gainOfAverages(meanPre),
        gains < statistics.minimumGroup()
            ? new LearningReport.Bands(gains, null, null, null, true)
            : new LearningReport.Bands(gains, low, medium, high, false),
        meanPre,
        meanPost,
        statistics.mean(scored, sumChange, sumChangeSquares),
        postTested == 0 ? null : statistics.proportion(passed, postTested));
  }

  /**
   * The gain of the group's mean pre- and post-test (Hake's class gain), over the scored participants, those with
   * a pre-test of 100 included. A ratio of two means: shown without an interval; value null when the mean
   * pre-test is 100.
   */
  private Estimate gainOfAverages(Estimate meanPre) {
    if (meanPre.suppressed()) {
      return meanPre;
    }
    OptionalDouble g = NormalisedGain.of(sumPre / scored, sumPost / scored);
    return new Estimate(scored, g.isPresent() ? g.getAsDouble() : null, null, null, meanPre.confidence(), false);
  }
}
