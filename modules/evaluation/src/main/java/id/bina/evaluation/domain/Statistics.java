package id.bina.evaluation.domain;

import id.bina.evaluation.Estimate;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The few statistics evaluation reports need, with their intervals: a mean (Student's t), a difference of two
 * means (Welch), a proportion (Wilson score) and a mean of paired differences (before/after of the same
 * people). Groups below {@code minimumGroup} are suppressed, never shown.
 */
public final class Statistics {

  private final int minimumGroup;
  private final double confidence;

  public Statistics(int minimumGroup, double confidence) {
    if (minimumGroup < 2) {
      throw new IllegalArgumentException("an interval needs groups of at least 2");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence is between 0 and 1");
    }
    this.minimumGroup = minimumGroup;
    this.confidence = confidence;
  }

  public int minimumGroup() {
    return minimumGroup;
  }

  /** The confidence of every interval, e.g. 0.95. */
  public double confidence() {
    return confidence;
  }

  /** Mean with a t interval, from the count, sum and sum of squares (what SQL aggregates give). */
  public Estimate mean(long n, double sum, double sumOfSquares) {
    if (n < minimumGroup) {
      return Estimate.suppressed(n, confidence);
    }
    double mean = sum / n;
    double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
    double half = t(n - 1) * Math.sqrt(variance / n);
    return new Estimate(n, mean, mean - half, mean + half, confidence, false);
  }

  public Estimate mean(double... values) {
    double sum = 0;
    double squares = 0;
    for (double v : values) {
      sum += v;
      squares += v * v;
    }
    return mean(values.length, sum, squares);
  }

  /**
   * Difference of means {@code a − b} of two independent groups, with Welch's interval (no equal-variance
   * assumption); n is the smaller group's size, and either group below the minimum suppresses it.
   */
  public Estimate difference(long nA, double sumA, double squaresA, long nB, double sumB, double squaresB) {
    long n = Math.min(nA, nB);
    if (n < minimumGroup) {
      return Estimate.suppressed(n, confidence);
    }
    double meanA = sumA / nA;
    double meanB = sumB / nB;
    double varA = Math.max(0, (squaresA - nA * meanA * meanA) / (nA - 1)) / nA;
    double varB = Math.max(0, (squaresB - nB * meanB * meanB) / (nB - 1)) / nB;
    double se = Math.sqrt(varA + varB);
    double diff = meanA - meanB;
    if (se == 0) {
      return new Estimate(n, diff, diff, diff, confidence, false);
    }
    double df = (varA + varB) * (varA + varB) / (varA * varA / (nA - 1) + varB * varB / (nB - 1));
    double half = t(df) * se;
    return new Estimate(n, diff, diff - half, diff + half, confidence, false);
  }

  /** A share (successes of n) with the Wilson score interval, which stays within 0–1 for small n and extremes. */
  public Estimate proportion(long successes, long n) {
    if (n < minimumGroup) {
      return Estimate.suppressed(n, confidence);
    }
    double p = (double) successes / n;
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new Estimate(n, p, Math.max(0, centre - half), Math.min(1, centre + half), confidence, false);
  }

  private double t(double degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }
}
