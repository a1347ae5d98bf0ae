package id.bina.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.evaluation.LearningReport;
import id.bina.evaluation.domain.NormalisedGain.Band;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NormalisedGainTest {

  private final Statistics stats = new Statistics(5, 0.95);

  @Test
  void gainIsTheShareOfWhatWasLeftToLearn() {
    assertEquals(0.5, NormalisedGain.of(40, 70).getAsDouble(), 1e-12);
    assertEquals(1.0, NormalisedGain.of(20, 100).getAsDouble(), 1e-12);
    assertEquals(-0.25, NormalisedGain.of(60, 50).getAsDouble(), 1e-12);
    assertFalse(NormalisedGain.of(100, 100).isPresent(), "nothing left to gain: undefined, not zero");
    assertFalse(NormalisedGain.of(100, 80).isPresent());
  }

  @Test
  void bandsAreLowBelowPointThreeHighAbovePointSeven() {
    assertEquals(Band.LOW, Band.of(-0.25));
    assertEquals(Band.LOW, Band.of(0.2999));
    assertEquals(Band.MEDIUM, Band.of(NormalisedGain.of(40, 58).getAsDouble())); // exactly 0.3
    assertEquals(Band.MEDIUM, Band.of(0.7));
    assertEquals(Band.HIGH, Band.of(0.7001));
  }

  /** Six participants, passing score 70: the tally SQL would give, and the figures that follow. */
  @Test
  void averageOfGainsAndGainOfAveragesDiffer() {
    double[][] scores = {{40, 70}, {50, 60}, {20, 100}, {100, 100}, {60, 90}, {30, 44}};
    LearningReport.Figures f = tally(scores, 70).figures(stats);

    assertEquals(6, f.participants());
    assertEquals(6, f.scored());
    assertEquals(1, f.gainUndefined());
    // Gains 0.5, 0.2, 1.0, 0.75, 0.2 (pre-test 100 left out): mean 0.53, sd 0.34928, t(4) = 2.7764.
    assertEquals(5, f.averageOfGains().n());
    assertEquals(0.53, f.averageOfGains().value(), 1e-12);
    assertEquals(0.53 - 0.43369, f.averageOfGains().lower(), 1e-4);
    assertEquals(0.53 + 0.43369, f.averageOfGains().upper(), 1e-4);
    // Mean pre 50, mean post 77.33 (all six): (77.33 - 50) / (100 - 50) = 0.5467, without an interval.
    assertEquals(6, f.gainOfAverages().n());
    assertEquals(27.333333333 / 50, f.gainOfAverages().value(), 1e-9);
    assertNull(f.gainOfAverages().lower());
    assertEquals(new LearningReport.Bands(5, 2L, 1L, 2L, false), f.bands());
    assertEquals(50.0, f.meanPreTest().value(), 1e-12);
    assertEquals(464.0 / 6, f.meanPostTest().value(), 1e-12);
    assertEquals(164.0 / 6, f.meanChange().value(), 1e-12);
    // 4 of 6 at or above 70: Wilson 95 % interval 0.300 to 0.903.
    assertEquals(6, f.passRate().n());
    assertEquals(4.0 / 6, f.passRate().value(), 1e-12);
    assertEquals(0.3000, f.passRate().lower(), 1e-3);
    assertEquals(0.9032, f.passRate().upper(), 1e-3);
  }

  @Test
  void aGroupBelowFiveShowsOnlyItsSize() {
    LearningReport.Figures f = tally(new double[][] {{40, 70}, {50, 60}, {20, 100}, {60, 90}}, 70).figures(stats);
    assertEquals(4, f.averageOfGains().n());
    assertTrue(f.averageOfGains().suppressed());
    assertNull(f.averageOfGains().value());
    assertTrue(f.gainOfAverages().suppressed());
    assertNull(f.gainOfAverages().value());
    assertEquals(new LearningReport.Bands(4, null, null, null, true), f.bands());
    assertTrue(f.meanPreTest().suppressed());
    assertTrue(f.passRate().suppressed());
  }

  @Test
  void noPassingScoreNoPassRate() {
    assertNull(tally(new double[][] {{40, 70}, {50, 60}, {20, 100}, {60, 90}, {30, 44}}, null).figures(stats).passRate());
  }

  /** What the report's SQL sums for these (pre, post) scores, all of participants with both tests. */
  private static GainTally tally(double[][] scores, Integer passingScore) {
    long gains = 0;
    long undefined = 0;
    long low = 0;
    long medium = 0;
    long high = 0;
    long passed = 0;
    double sumGain = 0;
    double sumGain2 = 0;
    double sumPre = 0;
    double sumPre2 = 0;
    double sumPost = 0;
    double sumPost2 = 0;
    double sumChange = 0;
    double sumChange2 = 0;
    for (double[] s : scores) {
      OptionalDouble g = NormalisedGain.of(s[0], s[1]);
      if (g.isPresent()) {
        gains++;
        sumGain += g.getAsDouble();
        sumGain2 += g.getAsDouble() * g.getAsDouble();
        switch (Band.of(g.getAsDouble())) {
          case LOW -> low++;
          case MEDIUM -> medium++;
          case HIGH -> high++;
        }
      } else {
        undefined++;
      }
      sumPre += s[0];
      sumPre2 += s[0] * s[0];
      sumPost += s[1];
      sumPost2 += s[1] * s[1];
      sumChange += s[1] - s[0];
      sumChange2 += (s[1] - s[0]) * (s[1] - s[0]);
      passed += passingScore != null && s[1] >= passingScore ? 1 : 0;
    }
    int n = scores.length;
    return new GainTally(
        n, n, undefined, gains, sumGain, sumGain2, low, medium, high, sumPre, sumPre2, sumPost, sumPost2, sumChange, sumChange2,
        passingScore == null ? 0 : n, passed);
  }
}
