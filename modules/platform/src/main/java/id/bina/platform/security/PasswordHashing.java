package id.bina.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Makes password hashes for new accounts in the PBKDF2 format that {@link AccountAuthenticator} checks. */
@ApplicationScoped
public class PasswordHashing {

  /** PBKDF2 with HMAC-SHA256; 210,000 iterations as OWASP advises for this algorithm. */
  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @Inject Pbkdf2PasswordHash passwordHash;

  public String hash(String password) {
    passwordHash.initialize(PARAMETERS);
    return passwordHash.generate(password.toCharArray());
  }
}
