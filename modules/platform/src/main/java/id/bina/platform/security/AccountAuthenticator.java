package id.bina.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a username and password against the accounts table. PBKDF2 is slow on purpose; API clients send
 * their password with every request, so a successful check is remembered for a few minutes by a SHA-256
 * digest of the password (never the password), and forgotten as soon as the stored hash changes.
 */
@ApplicationScoped
public class AccountAuthenticator {

  private static final long REMEMBER_MILLIS = Duration.ofMinutes(5).toMillis();
  private static final int MAX_REMEMBERED = 50_000;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject LoginThrottle throttle;

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  private record Verified(String storedHash, String passwordDigest, long until) {}

  /** The outcome of one login attempt. */
  public sealed interface Outcome {
    record Valid(AuthenticatedAccount account) implements Outcome {}

    record Invalid() implements Outcome {}

    record Throttled(Duration retryAfter) implements Outcome {}
  }

  @PostConstruct
  void init() {
    passwordHash.initialize(PasswordHashing.PARAMETERS);
  }

  public Outcome authenticate(String username, String password) {
    Duration wait = throttle.waitFor(username);
    if (!wait.isZero()) {
      return new Outcome.Throttled(wait);
    }
    // The roles in the same statement: every API request signs in, and the eager collection alone is a second one.
    UserAccount account =
        em.createQuery("select a from UserAccount a left join fetch a.roles where a.username = :username", UserAccount.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (account == null || !account.isEnabled() || !passwordMatches(account, password)) {
      throttle.failed(username);
      return new Outcome.Invalid();
    }
    throttle.succeeded(username);
    return new Outcome.Valid(
        new AuthenticatedAccount(
            account.getUsername(), account.getAgencyId(), account.getEmployeeId(), account.getRoles()));
  }

  private boolean passwordMatches(UserAccount account, String password) {
    String digest = sha256(password);
    Verified known = verified.get(account.getUsername());
    long now = System.currentTimeMillis();
    if (known != null
        && known.until > now
        && known.storedHash.equals(account.getPasswordHash())
        && MessageDigest.isEqual(known.passwordDigest.getBytes(), digest.getBytes())) {
      return true;
    }
    if (!passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
      return false;
    }
    if (verified.size() > MAX_REMEMBERED) {
      verified.values().removeIf(v -> v.until <= now);
    }
    verified.put(account.getUsername(), new Verified(account.getPasswordHash(), digest, now + REMEMBER_MILLIS));
    return true;
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
