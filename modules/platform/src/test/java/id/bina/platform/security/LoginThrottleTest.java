package id.bina.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private LoginThrottle throttle;
  private Instant now = Instant.parse("2026-01-05T02:00:00Z");

  @BeforeEach
  void throttle() {
    throttle = new LoginThrottle();
    throttle.maxFailures = 3;
    throttle.lockSeconds = 60;
    throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  private void at(Instant instant) {
    now = instant;
    throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  @Test
  void aFewFailuresAreAllowedThenTheAccountMustWait() {
    throttle.failed("budi");
    throttle.failed("budi");
    assertEquals(Duration.ZERO, throttle.waitFor("budi"));
    throttle.failed("BUDI"); // usernames are compared without case
    assertEquals(Duration.ofSeconds(60), throttle.waitFor("budi"));
    assertEquals(Duration.ZERO, throttle.waitFor("siti"), "other accounts are not affected");
  }

  @Test
  void eachFurtherFailureDoublesTheWaitAndSuccessClearsIt() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("budi");
    }
    assertEquals(Duration.ofSeconds(120), throttle.waitFor("budi"));
    at(now.plusSeconds(121));
    assertEquals(Duration.ZERO, throttle.waitFor("budi"));
    throttle.succeeded("budi");
    throttle.failed("budi");
    assertTrue(throttle.waitFor("budi").isZero(), "a success starts the count again");
  }
}
