package id.bina.benchmark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in its own JVM (io.gatling.app.Gatling on this JVM's class path) and reads its
 * figures from the report's js/stats.js: per request name, count, errors, throughput and percentiles.
 */
final class GatlingRun {

  /** Figures of one request name (or of the whole simulation, name "all"). */
  record Stats(String name, long requests, long ko, double perSecond, double mean, double p50, double p95, double p99, double max) {}

  private GatlingRun() {}

  static List<Stats> run(Class<?> simulation, Map<String, String> properties, Path resultsFolder)
      throws IOException, InterruptedException {
    // A folder per run: a run that wrote no report must not be read from an earlier one's.
    Path folder = resultsFolder.resolve(simulation.getSimpleName() + "-" + System.currentTimeMillis());
    Files.createDirectories(folder);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:+UseParallelGC");
    // The client compiles with C1 only: a fresh Gatling JVM per run otherwise spends its first seconds in C2,
    // on the cores Bina and PostgreSQL are measured on (Gatling's CPU per 2,432-request rush: 7.4 s -> 3.9 s).
    command.add("-XX:TieredStopAtLevel=1");
    // As Gatling's Maven plugin starts it: its log writer reads String internals.
    command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    // A simulation that times itself (the rush) writes its seconds here; the others are timed by Gatling alone.
    Path window = folder.resolve("window.txt");
    command.add("-Dbench.window=" + window);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.gatling.app.Gatling");
    command.add("--simulation");
    command.add(simulation.getName());
    command.add("--results-folder");
    command.add(folder.toString());
    Path log = folder.resolve("gatling.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    Path stats = latestStats(folder);
    if (stats == null) {
      throw new IllegalStateException("Gatling wrote no report (exit " + exit + "); see " + log);
    }
    List<Stats> read = read(stats);
    return Files.exists(window) ? timed(read, Double.parseDouble(Files.readString(window).trim())) : read;
  }

  /**
   * The figures with throughput over the simulation's own wall time (first request sent to last answer received)
   * instead of Gatling's whole seconds.
   */
  static List<Stats> timed(List<Stats> figures, double seconds) {
    return figures.stream()
        .map(s -> new Stats(s.name(), s.requests(), s.ko(), s.requests() / seconds, s.mean(), s.p50(), s.p95(), s.p99(), s.max()))
        .toList();
  }

  private static Path latestStats(Path folder) throws IOException {
    try (Stream<Path> runs = Files.list(folder)) {
      return runs.filter(Files::isDirectory)
          .map(run -> run.resolve("js").resolve("stats.js"))
          .filter(Files::exists)
          .max(Comparator.comparing(p -> p.toFile().lastModified()))
          .orElse(null);
    }
  }

  /** Reads the report's js/stats.js: a JavaScript object literal (unquoted keys, numbers as strings). */
  static List<Stats> read(Path statsJs) throws IOException {
    String js = Files.readString(statsJs);
    int start = js.indexOf('{');
    int end = js.indexOf("function fillStats");
    JsonNode root = new ObjectMapper().enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES)
        .readTree(js.substring(start, end < 0 ? js.length() : end));
    List<Stats> all = new ArrayList<>();
    all.add(stats("all", root.get("stats")));
    JsonNode contents = root.get("contents");
    if (contents != null) {
      Map<String, JsonNode> byName = new LinkedHashMap<>();
      contents.forEach(request -> byName.put(request.get("stats").get("name").asText(), request.get("stats")));
      if (byName.size() == 1) {
        all.clear(); // one request: its own line says it all
      }
      byName.forEach((name, node) -> all.add(stats(name, node)));
    }
    return all;
  }

  private static Stats stats(String name, JsonNode s) {
    return new Stats(
        name,
        total(s, "numberOfRequests"),
        s.get("numberOfRequests").get("ko").asLong(),
        s.get("meanNumberOfRequestsPerSecond").get("total").asDouble(),
        s.get("meanResponseTime").get("total").asDouble(),
        s.get("percentiles1").get("total").asDouble(),
        s.get("percentiles3").get("total").asDouble(),
        s.get("percentiles4").get("total").asDouble(),
        s.get("maxResponseTime").get("total").asDouble());
  }

  private static long total(JsonNode s, String field) {
    return s.get(field).get("total").asLong();
  }
}
