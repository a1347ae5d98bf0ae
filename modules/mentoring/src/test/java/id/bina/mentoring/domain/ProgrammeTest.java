package id.bina.mentoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.platform.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

  @Test
  void everyBadFieldIsReportedAtOnce() {
    Programme programme = new Programme(1, "hr");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> programme.define(" ", ProgrammeKind.ONBOARDING, 0, 21, new BigDecimal("1.255"), UnitRule.ANY, "hr"));
    assertEquals(
        java.util.List.of("name", "durationMonths", "targetSessionsPerMonth", "jpPerSession"),
        e.errors().stream().map(InvalidInputException.FieldError::field).toList());
  }

  @Test
  void jpPerSessionKeepsTwoDecimals() {
    Programme programme = new Programme(1, "hr");
    programme.define(" Orientasi CPNS ", ProgrammeKind.ONBOARDING, 6, 2, new BigDecimal("1.5"), UnitRule.DIFFERENT_UNIT, "hr");
    assertEquals("Orientasi CPNS", programme.getName());
    assertEquals(new BigDecimal("1.50"), programme.getJpPerSession());
  }

  @Test
  void theUnitRuleComparesTheUnitsThemselves() {
    assertTrue(UnitRule.SAME_UNIT.allows(5, 5));
    assertFalse(UnitRule.SAME_UNIT.allows(5, 6));
    assertTrue(UnitRule.DIFFERENT_UNIT.allows(5, 6));
    assertTrue(UnitRule.ANY.allows(5, 5));
  }
}
