package id.bina.app.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run of bina.jar is told. Every key is an environment variable (BINA_DATA_DIR) or the same name as a
 * system property in lower-case dotted form (-Dbina.data.dir); the system property wins, as in MicroProfile
 * Config.
 *
 * @param dataDir where the embedded database and the work folder live
 * @param httpPort the HTTP port Bina serves on
 * @param dbUrl a PostgreSQL server to use instead of the embedded one
 * @param dbUser the user for {@code dbUrl}; empty leaves the application's default
 * @param dbPassword the password for {@code dbUrl}; empty leaves the application's default
 * @param demoData whether to load the demo agency; empty means "the default for this database mode"
 * @param cluster the name of the Payara Micro cluster (Hazelcast, multicast discovery) that this node forms with
 *     the other Bina nodes of that name; empty: no cluster
 * @param httpThreads the most request threads (Payara's http-thread-pool)
 */
record LauncherSettings(
    Path dataDir,
    int httpPort,
    Optional<String> dbUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    Optional<Boolean> demoData,
    Optional<String> cluster,
    int httpThreads) {

  static LauncherSettings read() {
    return new LauncherSettings(
        Path.of(setting("BINA_DATA_DIR").orElse("./data")).toAbsolutePath().normalize(),
        bounded("BINA_HTTP_PORT", setting("BINA_HTTP_PORT").orElse("8080"), 1, 65535, "a port number (1-65535)"),
        setting("DB_URL"),
        setting("DB_USER"),
        setting("DB_PASSWORD"),
        // The application's own key (-Dbina.demo-data) counts too: the launcher must not contradict it.
        Optional.ofNullable(System.getProperty("bina.demo-data"))
            .or(() -> setting("BINA_DEMO_DATA"))
            .map(value -> bool("BINA_DEMO_DATA", value)),
        setting("BINA_CLUSTER"),
        bounded("BINA_HTTP_THREADS", setting("BINA_HTTP_THREADS").orElse("64"), 4, 1000, "a number from 4 to 1000"));
  }

  boolean embeddedDatabase() {
    return dbUrl.isEmpty();
  }

  /** Looks up BINA_DATA_DIR as -Dbina.data.dir first, then as the environment variable; blank means unset. */
  static Optional<String> setting(String name) {
    String value = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** A whole number from {@code min} to {@code max}; otherwise a message that says what {@code name} must be. */
  private static int bounded(String name, String value, int min, int max, String what) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be " + what + ", not '" + value + "'");
  }

  private static boolean bool(String name, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
    };
  }
}
