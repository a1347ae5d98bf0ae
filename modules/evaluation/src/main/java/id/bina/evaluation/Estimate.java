package id.bina.evaluation;

/**
 * A figure with its number of observations and a confidence interval, as every evaluation report shows it.
 * When the group is smaller than the minimum shown (5 by default, for anonymity and because a mean of fewer
 * says little), only {@code n} is given and {@code suppressed} is true: value and bounds are null.
 */
public record Estimate(long n, Double value, Double lower, Double upper, double confidence, boolean suppressed) {

  public static Estimate suppressed(long n, double confidence) {
    return new Estimate(n, null, null, null, confidence, true);
  }
}
