package id.bina.evaluation.domain.behaviour;

import id.bina.evaluation.Estimate;
import id.bina.evaluation.domain.Statistics;

/**
 * The sums SQL gives over the pairs (level before, level after) of one competency: the people with both
 * levels known. The change is a paired measure (the same people twice), so its interval is the t interval of
 * the mean of the differences, not a difference of two independent means.
 */
public record BeforeAfter(
    long pairs,
    long sumBefore,
    long squaresBefore,
    long sumAfter,
    long squaresAfter,
    long sumChange,
    long squaresChange,
    long rose) {

  public Estimate before(Statistics statistics) {
    return statistics.mean(pairs, sumBefore, squaresBefore);
  }

  public Estimate after(Statistics statistics) {
    return statistics.mean(pairs, sumAfter, squaresAfter);
  }

  /** Mean of (after − before) with its t interval. */
  public Estimate change(Statistics statistics) {
    return statistics.mean(pairs, sumChange, squaresChange);
  }

  /** Share of the pairs whose level rose, with its Wilson interval. */
  public Estimate roseShare(Statistics statistics) {
    return statistics.proportion(rose, pairs);
  }
}
