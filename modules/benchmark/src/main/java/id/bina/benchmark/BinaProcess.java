package id.bina.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * bina.jar in its own JVM on the benchmark's database (migrations run at its start), with its resident memory
 * read from /proc while it runs, and stopped with SIGTERM (Payara's shutdown hook) at the end.
 */
final class BinaProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

  private final Process process;
  private final int port;
  private final Path log;
  final double startSeconds;

  private BinaProcess(Process process, int port, Path log, double startSeconds) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startSeconds = startSeconds;
  }

  static BinaProcess start(Settings settings, String database, Path folder) throws IOException, InterruptedException {
    return start(settings, database, folder, settings.port(), null);
  }

  /**
   * A Bina node on {@code port}; with a {@code cluster} name it forms a Payara Micro cluster with the other nodes
   * of that name (BINA_CLUSTER).
   */
  static BinaProcess start(Settings settings, String database, Path folder, int port, String cluster)
      throws IOException, InterruptedException {
    Files.createDirectories(folder);
    // A copy: a build elsewhere may rewrite modules/app/target/bina.jar under the running JVM.
    Path jar = folder.resolve("bina.jar");
    Files.copy(settings.binaJar(), jar, StandardCopyOption.REPLACE_EXISTING);
    Path log = folder.resolve("bina.log");
    List<String> command = new ArrayList<>(List.of(javaExecutable()));
    for (String option : settings.binaJvm().split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    // glibc gives each busy thread a malloc arena of its own; with Payara's 150 threads that is memory the JVM
    // cannot give back. Two arenas are enough for what the JVM itself mallocs (README: production settings).
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    builder.environment().put("DB_URL", settings.urlOf(database));
    builder.environment().put("DB_USER", settings.pgUser());
    builder.environment().put("DB_PASSWORD", settings.pgPassword());
    builder.environment().put("BINA_DEMO_DATA", "false");
    builder.environment().put("BINA_HTTP_PORT", Integer.toString(port));
    if (cluster != null) {
      builder.environment().put("BINA_CLUSTER", cluster);
    }
    builder.environment().put("BINA_DATA_DIR", folder.resolve("data").toString());
    long t = System.nanoTime();
    Console.say("starting bina.jar on port " + port + (cluster == null ? "" : " in cluster " + cluster) + " (log: " + log + ") ...");
    Process process = builder.start();
    BinaProcess bina = new BinaProcess(process, port, log, 0);
    bina.awaitReady(t);
    double seconds = (System.nanoTime() - t) / 1e9;
    Console.say(String.format(Locale.ROOT, "Bina ready in %.1f s (pid %d)", seconds, process.pid()));
    return new BinaProcess(process, port, log, seconds);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void awaitReady(long startNanos) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready")).timeout(Duration.ofSeconds(10)).build();
    while (System.nanoTime() - startNanos < START_TIMEOUT.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("bina.jar stopped during start-up (exit " + process.exitValue() + "); see " + log);
      }
      try {
        HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Bina was not ready after " + START_TIMEOUT + "; see " + log);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** How many members this node last said its Payara Micro cluster has (the "DG Size" of Payara's data grid status in its log). */
  int clusterMembers() throws IOException {
    int members = 1;
    for (String line : Files.readAllLines(log)) {
      java.util.regex.Matcher m = MEMBERS.matcher(line);
      if (m.find()) {
        members = Integer.parseInt(m.group(1));
      }
    }
    return members;
  }

  private static final java.util.regex.Pattern MEMBERS = java.util.regex.Pattern.compile("DG Size: (\\d+)");

  long pid() {
    return process.pid();
  }

  /** Resident memory of Bina's JVM in MiB (VmRSS), or -1 when it cannot be read. */
  double residentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Stops Bina as Ctrl-C would (SIGTERM runs Payara's shutdown hook); forcibly after a minute. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    long t = System.nanoTime();
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      Console.say("Bina did not stop within 60 s of SIGTERM: killing it");
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } else {
      Console.say(String.format(Locale.ROOT, "Bina stopped cleanly in %.1f s (exit %d)", (System.nanoTime() - t) / 1e9,
          process.exitValue()));
    }
  }
}
