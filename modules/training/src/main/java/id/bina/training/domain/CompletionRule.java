package id.bina.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a participant completes a class: attendance of at least {@code attendanceThreshold} percent of the
 * sessions and, when the class sets one, a post-test score of at least {@code passingScore}.
 */
public record CompletionRule(int attendanceThreshold, BigDecimal passingScore) {

  public static final int DEFAULT_THRESHOLD = 80;

  public CompletionRule {
    if (attendanceThreshold < 0 || attendanceThreshold > 100) {
      throw new IllegalArgumentException("the attendance threshold is a percentage");
    }
  }

  public boolean passes(BigDecimal attendancePercent, BigDecimal postTestScore) {
    if (attendancePercent == null || attendancePercent.compareTo(BigDecimal.valueOf(attendanceThreshold)) < 0) {
      return false;
    }
    return passingScore == null || (postTestScore != null && postTestScore.compareTo(passingScore) >= 0);
  }

  /** Attended sessions in percent of all, two decimals; a class without sessions counts as fully attended. */
  public static BigDecimal percent(int attended, int sessions) {
    if (sessions == 0) {
      return BigDecimal.valueOf(100).setScale(2);
    }
    return BigDecimal.valueOf(attended * 100L).divide(BigDecimal.valueOf(sessions), 2, RoundingMode.HALF_UP);
  }
}
