package id.bina.benchmark;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The generated accounts' password hash, in the format Bina's PBKDF2 check reads (algorithm:iterations:salt:hash):
 * the check takes the iterations from the stored hash, so fewer than Bina's 210,000 make the first request of
 * each of thousands of accounts cheap; the benchmark measures Bina's work, not the password hash.
 */
final class Passwords {

  private Passwords() {}

  static String pbkdf2(String password, int iterations) {
    try {
      byte[] salt = new byte[16];
      new SecureRandom().nextBytes(salt);
      byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
          .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
