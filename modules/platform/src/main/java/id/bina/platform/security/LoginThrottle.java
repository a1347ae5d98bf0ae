package id.bina.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after a few failed logins for one username, further attempts are refused for a
 * while, doubling with each further failure. Kept per node in memory; a cluster multiplies the allowance by
 * its node count, which is acceptable against online guessing.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final int MAX_TRACKED = 100_000;

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

  @Inject
  @ConfigProperty(name = "bina.security.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "bina.security.login.lock-seconds", defaultValue = "60")
  long lockSeconds;

  Clock clock = Clock.systemUTC();

  private record Failures(int count, Instant lockedUntil) {}

  /** How long the username must still wait, or zero when it may try now. */
  public Duration waitFor(String username) {
    Failures f = failures.get(key(username));
    if (f == null || f.lockedUntil == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), f.lockedUntil);
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String username) {
    if (failures.size() > MAX_TRACKED) {
      Instant now = clock.instant();
      failures.values().removeIf(f -> f.lockedUntil == null || f.lockedUntil.isBefore(now));
    }
    failures.compute(
        key(username),
        (k, f) -> {
          int count = f == null ? 1 : f.count + 1;
          Instant lockedUntil = null;
          if (count >= maxFailures) {
            long factor = 1L << Math.min(count - maxFailures, 10);
            lockedUntil = clock.instant().plusSeconds(lockSeconds * factor);
          }
          return new Failures(count, lockedUntil);
        });
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
