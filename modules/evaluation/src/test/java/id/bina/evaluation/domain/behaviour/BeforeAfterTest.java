package id.bina.evaluation.domain.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.evaluation.Estimate;
import id.bina.evaluation.domain.Statistics;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {

  private final Statistics stats = new Statistics(5, 0.95);

  /** The sums SQL would give over the pairs. */
  private static BeforeAfter of(int[][] pairs) {
    long n = 0, sb = 0, qb = 0, sa = 0, qa = 0, sc = 0, qc = 0, rose = 0;
    for (int[] p : pairs) {
      n++;
      sb += p[0];
      qb += p[0] * p[0];
      sa += p[1];
      qa += p[1] * p[1];
      sc += p[1] - p[0];
      qc += (p[1] - p[0]) * (p[1] - p[0]);
      rose += p[1] > p[0] ? 1 : 0;
    }
    return new BeforeAfter(n, sb, qb, sa, qa, sc, qc, rose);
  }

  @Test
  void pairedChangeIsTheMeanOfTheDifferencesWithATInterval() {
    // 2→3, 2→2, 3→4, 1→3, 3→3: changes 1, 0, 1, 2, 0; mean 0.8, sd √0.7 = 0.8367; t(4, 0.975) = 2.7764
    // → half width 2.7764 × 0.8367 / √5 = 1.0388.
    BeforeAfter pairs = of(new int[][] {{2, 3}, {2, 2}, {3, 4}, {1, 3}, {3, 3}});
    assertEquals(2.2, pairs.before(stats).value(), 1e-9);
    assertEquals(3.0, pairs.after(stats).value(), 1e-9);
    Estimate change = pairs.change(stats);
    assertEquals(0.8, change.value(), 1e-9);
    assertEquals(0.8 - 1.0388, change.lower(), 1e-3);
    assertEquals(0.8 + 1.0388, change.upper(), 1e-3);
    // Rose: 3 of 5, Wilson 95 %: 0.2307 to 0.8824.
    Estimate rose = pairs.roseShare(stats);
    assertEquals(0.6, rose.value(), 1e-9);
    assertEquals(0.2307, rose.lower(), 1e-3);
    assertEquals(0.8824, rose.upper(), 1e-3);
  }

  @Test
  void fewerThanFivePairsShowOnlyTheirNumber() {
    BeforeAfter pairs = of(new int[][] {{2, 3}, {2, 2}, {3, 4}, {1, 3}});
    for (Estimate e : new Estimate[] {pairs.before(stats), pairs.after(stats), pairs.change(stats), pairs.roseShare(stats)}) {
      assertTrue(e.suppressed());
      assertEquals(4, e.n());
      assertNull(e.value());
    }
  }
}
