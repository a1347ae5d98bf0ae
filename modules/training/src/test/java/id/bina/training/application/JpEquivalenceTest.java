package id.bina.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.bina.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Non-classical hours converted to JP at the configured equivalence; 1 JP = 45 minutes where none is set. */
class JpEquivalenceTest {

  private final JpLedgerService ledger = new JpLedgerService();

  @Test
  void configuredRoutesUseTheirRateAndOthersCountFortyFiveMinutesAJp() {
    ledger.jpPerHour = Optional.of("COACHING=1, ON_THE_JOB=0.5");
    assertEquals(new BigDecimal("2.00"), ledger.converted("on_the_job", new BigDecimal("4")));
    assertEquals(new BigDecimal("3.00"), ledger.converted("COACHING", new BigDecimal("3")));
    assertEquals(new BigDecimal("4.00"), ledger.converted("MENTORING", new BigDecimal("3")));
    ledger.jpPerHour = Optional.empty();
    assertEquals(new BigDecimal("4.00"), ledger.converted("COACHING", new BigDecimal("3")));
  }

  @Test
  void aRouteAndPositiveHoursAreNeeded() {
    assertEquals("jp", assertThrows(InvalidInputException.class, () -> ledger.converted(null, BigDecimal.ONE)).errors().get(0).field());
    assertEquals("modality", assertThrows(InvalidInputException.class, () -> ledger.converted("GOLF", BigDecimal.ONE)).errors().get(0).field());
    assertEquals("hours", assertThrows(InvalidInputException.class, () -> ledger.converted("COACHING", BigDecimal.ZERO)).errors().get(0).field());
  }
}
