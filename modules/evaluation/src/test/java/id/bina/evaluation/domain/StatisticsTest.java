package id.bina.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.evaluation.Estimate;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  private final Statistics stats = new Statistics(5, 0.95);

  @Test
  void meanHasAStudentTInterval() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample sd 2.138; t(7, 0.975) = 2.3646 → half width 1.7874.
    Estimate e = stats.mean(2, 4, 4, 4, 5, 5, 7, 9);
    assertEquals(8, e.n());
    assertEquals(5.0, e.value(), 1e-9);
    assertEquals(5 - 1.7874, e.lower(), 1e-3);
    assertEquals(5 + 1.7874, e.upper(), 1e-3);
  }

  @Test
  void groupsBelowTheMinimumShowOnlyTheirSize() {
    Estimate e = stats.mean(1, 5, 5, 5);
    assertTrue(e.suppressed());
    assertEquals(4, e.n());
    assertNull(e.value());
    assertNull(e.lower());
    assertTrue(stats.proportion(2, 4).suppressed());
  }

  @Test
  void aDifferenceOfMeansUsesWelch() {
    // a = 4,5,6,7,8 (mean 6, var 2.5); b = 1,2,3,4,5 (mean 3, var 2.5); se = 1, df = 8, t = 2.306.
    Estimate d = stats.difference(5, 30, 190, 5, 15, 55);
    assertEquals(3.0, d.value(), 1e-9);
    assertEquals(3 - 2.306, d.lower(), 1e-3);
    assertEquals(3 + 2.306, d.upper(), 1e-3);
  }

  @Test
  void aProportionHasAWilsonInterval() {
    // 8 of 10: Wilson 95 % interval 0.4902–0.9433.
    Estimate p = stats.proportion(8, 10);
    assertEquals(0.8, p.value(), 1e-9);
    assertEquals(0.4902, p.lower(), 1e-3);
    assertEquals(0.9433, p.upper(), 1e-3);
  }
}
