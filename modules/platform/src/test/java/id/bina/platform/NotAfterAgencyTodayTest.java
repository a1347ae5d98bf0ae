package id.bina.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NotAfterAgencyTodayTest {

  /** The validator as the container builds it, with the caller's agency in {@code zone}. */
  private static NotAfterAgencyToday.Validator inAgencyOf(ZoneId zone) {
    NotAfterAgencyToday.Validator validator = new NotAfterAgencyToday.Validator();
    validator.directory =
        (Directory)
            Proxy.newProxyInstance(
                Directory.class.getClassLoader(),
                new Class<?>[] {Directory.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("zone")) {
                    return zone;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return validator;
  }

  @Test
  void todayCountsInTheAgencysOwnZoneNotTheServers() {
    // Kiritimati (UTC+14) and Pago Pago (UTC-11) are 25 hours apart: their calendar days always differ.
    ZoneId east = ZoneId.of("Pacific/Kiritimati");
    ZoneId west = ZoneId.of("Pacific/Pago_Pago");
    LocalDate todayInTheEast = LocalDate.now(east);
    assertTrue(inAgencyOf(east).isValid(todayInTheEast, null));
    assertFalse(inAgencyOf(east).isValid(todayInTheEast.plusDays(1), null));
    assertFalse(inAgencyOf(west).isValid(todayInTheEast, null), "a day that has begun in the east is tomorrow in the west");
    assertTrue(inAgencyOf(west).isValid(LocalDate.now(west), null));
    assertTrue(inAgencyOf(west).isValid(null, null), "null is left to @NotNull");
  }
}
