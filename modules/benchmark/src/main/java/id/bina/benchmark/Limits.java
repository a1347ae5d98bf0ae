package id.bina.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The machine's limits the scenarios are compared with: the disk's commit rate and pgbench on Bina's own SQL. */
final class Limits {

  private Limits() {}

  /** PostgreSQL's client tools of the server's major version (Debian keeps them outside PATH). */
  static String tool(String name, int serverMajor) {
    Path debian = Path.of("/usr/lib/postgresql/" + serverMajor + "/bin/" + name);
    return Files.isExecutable(debian) ? debian.toString() : name;
  }

  /**
   * pg_test_fsync on the database's disk: write-and-flush operations per second of the server's wal_sync_method,
   * one 8 kB write each. That is the ceiling of commits that wait for each other's flush (no group commit).
   */
  static Fsync fsync(String tool, Path onDisk, String walSyncMethod, Path log) throws IOException, InterruptedException {
    Path file = onDisk.resolve("bina-bench-pg_test_fsync.out");
    Process p = new ProcessBuilder(tool, "-s", "2", "-f", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Files.deleteIfExists(file);
    Files.writeString(log, out);
    // The section "Compare file sync methods using one 8kB write", line "fdatasync   1234.567 ops/sec   810 usecs/op".
    int section = out.indexOf("using one 8kB write");
    Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(walSyncMethod) + "\\s+([0-9.,]+) ops/sec").matcher(out);
    double ops = m.find(section < 0 ? 0 : section) ? Double.parseDouble(m.group(1).replace(",", "")) : -1;
    return new Fsync(walSyncMethod, ops, onDisk.toString());
  }

  record Fsync(String method, double opsPerSecond, String directory) {}

  /** One pgbench run of enrolment.pgbench: transactions per second and latency percentiles in ms. */
  record Pgbench(String variant, int clients, long transactions, long failed, double tps, double p50, double p95, double p99) {}

  static Pgbench pgbench(
      String tool, Settings settings, String database, String variant, Map<String, String> variables, long transactions, Path folder)
      throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Path script = folder.resolve("enrolment.pgbench");
    try (InputStream in = Limits.class.getResourceAsStream("/bench/enrolment.pgbench")) {
      Files.write(script, in.readAllBytes());
    }
    URI uri = URI.create(settings.pgUrl().substring("jdbc:".length()));
    int clients = settings.concurrency();
    List<String> command = new ArrayList<>(List.of(tool, "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "2",
        "-t", Long.toString(Math.max(1, transactions / clients)), "-f", script.toString(), "-l",
        "--log-prefix=" + folder.resolve(variant + "-log"), "-h", uri.getHost(), "-p", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
        "-U", settings.pgUser(), "-D", "n=0", "-D", "clients=" + clients));
    variables.forEach((k, v) -> command.addAll(List.of("-D", k + "=" + v)));
    command.add(database);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(folder.toFile());
    if (!settings.pgPassword().isEmpty()) {
      builder.environment().put("PGPASSWORD", settings.pgPassword());
    }
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    Files.writeString(folder.resolve(variant + ".out"), String.join(" ", command) + "\n\n" + out);
    Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
    Matcher done = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(out);
    Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(out);
    if (exit != 0 || !tps.find()) {
      throw new IllegalStateException("pgbench " + variant + " failed (exit " + exit + "):\n" + out);
    }
    List<Double> latencies = new ArrayList<>();
    try (Stream<Path> logs = Files.list(folder)) {
      for (Path log : logs.filter(f -> f.getFileName().toString().startsWith(variant + "-log")).toList()) {
        for (String line : Files.readAllLines(log)) {
          String[] f = line.split(" ");
          latencies.add(Long.parseLong(f[2]) / 1000.0);
        }
        Files.delete(log);
      }
    }
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Pgbench(variant, clients, done.find() ? Long.parseLong(done.group(1)) : sorted.length,
        failed.find() ? Long.parseLong(failed.group(1)) : 0, Double.parseDouble(tps.group(1)),
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** The statements of the pgbench script, normalised as pg_stat_statements shows them (constants as ?). */
  static List<String> scriptStatements() throws IOException {
    try (InputStream in = Limits.class.getResourceAsStream("/bench/enrolment.pgbench")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.startsWith("--") && !l.startsWith("\\") && !l.isBlank())
          .map(Limits::normalise)
          .toList();
    }
  }

  /** Lower case, constants and parameters ($1, :var, 'text', 42) as ?, one space between words. */
  static String normalise(String sql) {
    return sql.toLowerCase(Locale.ROOT)
        .replaceAll("\\\\gset.*$", "")
        .replaceAll("'[^']*'", "?")
        .replaceAll("\\$\\d+|:[a-z_][a-z0-9_]*", "?")
        .replaceAll("\\b\\d+\\b", "?")
        // pgbench cannot concatenate text in \\set: the script builds a text parameter in SQL ('b1-' || :u).
        .replaceAll("\\? \\|\\| \\?", "?")
        .replaceAll("\\s+", " ")
        .replaceAll(";\\s*$", "")
        .strip();
  }
}
