package id.bina.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one run measures, from -Dbench.* system properties (the Maven profile passes them on; see README).
 *
 * @param scales numbers of employees, one full run each (10000, 100000, 1000000)
 * @param agencySize largest agency: a scale above it is split into equal agencies
 * @param concurrency concurrent requests of the enrolment rush, and pgbench's clients
 * @param users concurrent users of the portal/API browsing scenario
 * @param rushRequests requests of each enrolment rush variant (one per civil servant)
 * @param warmUpRequests enrolments that warm a fresh Bina JVM up before the measured rush (whole rounds of both variants)
 * @param rushRounds measured rounds of the rush, each variant followed by pgbench; the median round is the figure
 * @param seconds length of each timed scenario
 * @param importRows employees in the CSV import
 * @param passwordIterations PBKDF2 iterations of the generated accounts' password hash
 * @param keep keep each database (dropped otherwise)
 * @param binaJvm JVM options for bina.jar, space-separated
 * @param cluster run the rush again against two Bina nodes in a Payara Micro cluster behind nginx
 */
record Settings(
    List<Integer> scales,
    String pgUrl,
    String pgUser,
    String pgPassword,
    int port,
    int agencySize,
    int concurrency,
    int users,
    int rushRequests,
    int warmUpRequests,
    int rushRounds,
    int seconds,
    int importRows,
    int passwordIterations,
    boolean keep,
    String binaJvm,
    boolean cluster,
    Path binaJar,
    Path results,
    Path work) {

  static Settings fromSystemProperties() {
    return new Settings(
        Arrays.stream(text("bench.scales", "100000").split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .map(s -> Integer.parseInt(s.replace("_", ""))).sorted().toList(),
        text("bench.pgUrl", "jdbc:postgresql://127.0.0.1:5432/postgres"),
        text("bench.pgUser", "postgres"),
        text("bench.pgPassword", ""),
        number("bench.port", 18080),
        number("bench.agencySize", 250_000),
        number("bench.concurrency", 32),
        number("bench.users", 100),
        number("bench.rushRequests", 6000),
        number("bench.warmUpRequests", 24_000),
        Math.max(1, number("bench.rushRounds", 3)),
        number("bench.seconds", 30),
        number("bench.importRows", 100_000),
        number("bench.passwordIterations", 1024),
        Boolean.parseBoolean(text("bench.keep", "false")),
        text("bench.binaJvm", ""),
        Boolean.parseBoolean(text("bench.cluster", "true")),
        Path.of(text("bench.binaJar", "modules/app/target/bina.jar")).toAbsolutePath(),
        Path.of(text("bench.results", "modules/benchmark/target/results")).toAbsolutePath(),
        Path.of(text("bench.work", "modules/benchmark/target/bench")).toAbsolutePath());
  }

  /** The JDBC URL of another database on the same server. */
  String urlOf(String database) {
    return pgUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
  }

  private static String text(String key, String fallback) {
    String value = System.getProperty(key);
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.strip();
  }

  private static int number(String key, int fallback) {
    return Integer.parseInt(text(key, Integer.toString(fallback)).replace("_", ""));
  }
}
