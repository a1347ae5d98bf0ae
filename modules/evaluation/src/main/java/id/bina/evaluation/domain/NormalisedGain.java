package id.bina.evaluation.domain;

import java.util.OptionalDouble;

/**
 * Hake's normalised gain, the share of what a participant could still learn that the training added: g = (post −
 * pre) / (100 − pre), for tests scored 0–100. A pre-test of 100 leaves nothing to gain, so g is undefined there
 * (not zero). Bands: low below 0.3, medium 0.3 to 0.7, high above 0.7.
 */
public final class NormalisedGain {

  /** A gain below this is low. */
  public static final double LOW_BELOW = 0.3;

  /** A gain above this is high; from {@link #LOW_BELOW} up to this one it is medium. */
  public static final double HIGH_ABOVE = 0.7;

  private NormalisedGain() {}

  public enum Band {
    LOW,
    MEDIUM,
    HIGH;

    public static Band of(double gain) {
      return gain < LOW_BELOW ? LOW : gain > HIGH_ABOVE ? HIGH : MEDIUM;
    }
  }

  /** g of one participant, or of a group's mean scores; empty when the pre-test score is 100. */
  public static OptionalDouble of(double pre, double post) {
    if (pre >= 100) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((post - pre) / (100 - pre));
  }
}
