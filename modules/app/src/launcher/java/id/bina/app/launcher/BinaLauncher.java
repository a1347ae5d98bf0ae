package id.bina.app.launcher;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The main class of bina.jar: starts PostgreSQL (embedded, unless DB_URL names a server), then Payara Micro in
 * this JVM with Bina's ROOT.war, and prints one line when Bina is ready.
 *
 * <p>Layout of the data folder (BINA_DATA_DIR, default ./data):
 *
 * <ul>
 *   <li>{@code bina.lock}: held while Bina runs, so a second Bina on the same folder stops at once
 *   <li>{@code postgres/}: the embedded database, kept across restarts; {@code postgres.log}: its output
 *   <li>{@code postgres-bin/}: PostgreSQL's binaries, unpacked on first start
 *   <li>{@code work/}: ROOT.war, Payara's unpacked jars and its runtime folder, wiped at every start
 * </ul>
 */
public final class BinaLauncher {

  private static final String WAR_RESOURCE = "/bina/ROOT.war";
  /** The name of Payara Micro's own shutdown hook thread (PayaraMicroImpl). */
  private static final String PAYARA_SHUTDOWN_HOOK = "Payara Micro Shutdown Hook";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  /** Kept open until the JVM exits: closing it would release the data folder's lock. */
  private static FileChannel lockChannel;

  private static volatile boolean payaraStarting;
  private static volatile boolean shuttingDown;

  private BinaLauncher() {}

  public static void main(String[] args) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shuttingDown = true, "bina-shutting-down"));
    try {
      start();
    } catch (Throwable e) {
      if (shuttingDown) {
        return; // Ctrl-C during start-up breaks Payara's boot: not a failure, and the hooks are stopping all
      }
      if (e instanceof LaunchException || e instanceof IllegalArgumentException) {
        fail(e.getMessage());
      } else {
        // An Error too: Payara's threads would otherwise keep a half-started JVM alive.
        e.printStackTrace();
        fail(e.toString());
      }
    }
  }

  private static void start() throws Exception {
    Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    LauncherSettings settings = LauncherSettings.read();
    Path data = settings.dataDir();
    Files.createDirectories(data);
    lock(data);
    checkPortFree(settings.httpPort());

    // A kept Payara root folder makes Payara redeploy the previous application and answer 503.
    Path work = data.resolve("work");
    deleteRecursively(work);
    Files.createDirectories(work);
    Path war = extractWar(work);

    String database;
    if (settings.embeddedDatabase()) {
      checkEmbeddedPlatform();
      Path folder = data.resolve("postgres");
      say("Starting the embedded PostgreSQL in " + folder + " ...");
      Path log = data.resolve("postgres.log");
      EmbeddedDatabase embedded;
      try {
        embedded = EmbeddedDatabase.start(folder, data.resolve("postgres-bin"), log);
      } catch (IOException | SQLException | IllegalStateException e) {
        throw new LaunchException(
            "The embedded PostgreSQL did not start (" + e.getMessage() + "). Its output is in " + log);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterPayara(embedded), "bina-stop-postgres"));
      System.setProperty("db.url", embedded.jdbcUrl());
      System.setProperty("db.user", EmbeddedDatabase.USER);
      System.setProperty("db.password", "unused"); // the embedded server trusts local connections
      database = "embedded PostgreSQL in " + folder;
    } else {
      String url = settings.dbUrl().orElseThrow();
      System.setProperty("db.url", url);
      settings.dbUser().ifPresent(user -> System.setProperty("db.user", user));
      settings.dbPassword().ifPresent(password -> System.setProperty("db.password", password));
      database = url.replaceFirst("\\?.*", ""); // parameters may hold a password
    }
    // The demo agency is the embedded default (try Bina at once); a real server starts empty unless asked.
    boolean demoData = settings.demoData().orElse(settings.embeddedDatabase());
    System.setProperty("bina.demo-data", Boolean.toString(demoData));

    say("Starting Payara Micro on port " + settings.httpPort() + " (database: " + database + ") ...");
    payaraStarting = true;
    // Payara's runtime jars are unpacked and loaded as plain jars: read nested in bina.jar, their multi-release
    // classes are not seen (Yasson then writes every Java record as {}).
    PayaraMicro.setUpackedJarDir(work.resolve("payara-jars").toFile());
    PayaraMicro payara =
        PayaraMicro.getInstance()
            .setRootDir(work.resolve("payara").toFile())
            .setHttpPort(settings.httpPort())
            // Without BINA_CLUSTER clustering is off, so Bina never joins other Payara Micros found on the network.
            .setNoCluster(settings.cluster().isEmpty())
            .setPrintLogo(false)
            .addDeploymentFile(war.toFile());
    // Payara's default lets the request pool grow to a few hundred threads under a burst (Bina went from about 100
    // to 240 threads in the benchmark's rush), each with a stack and buffers of its own, while a few cores and a
    // pool of 32 database connections serve no more requests at once than a few dozen threads.
    payara.setPreBootHandler(
        admin ->
            admin.run(
                "set",
                "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size="
                    + settings.httpThreads()));
    settings.cluster().ifPresent(name -> {
      payara.setHzClusterName(name);
      say("Joining the Payara Micro cluster '" + name + "' (multicast discovery)");
    });
    PayaraMicroRuntime runtime = payara.bootStrap();
    // A failed deployment leaves Payara running and answering 404 everywhere: stop instead.
    if (!runtime.getDeployedApplicationNames().contains("ROOT")) {
      throw new LaunchException("Bina's ROOT.war did not deploy; the errors are in the log above");
    }

    String url = "http://localhost:" + settings.httpPort() + "/";
    Optional<String> notReady = awaitReadiness(settings.httpPort());
    double seconds = Duration.between(jvmStart, Instant.now()).toMillis() / 1000.0;
    if (notReady.isEmpty()) {
      say(String.format(Locale.ROOT, "Bina is ready at %s (started in %.1f s; demo data %s)", url, seconds,
          demoData ? "on: sign in as hr / bina-demo" : "off"));
    } else {
      say("Bina is running at " + url + " but is not ready: /health/ready says " + notReady.get());
    }
  }

  /** Takes bina.lock in the data folder, so a second Bina on the same folder fails now, not halfway. */
  private static void lock(Path data) throws IOException {
    Path file = data.resolve("bina.lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      throw new LaunchException(
          "Another Bina" + (holder.isEmpty() ? "" : " (pid " + holder + ")") + " is running with the data folder "
              + data + ". Stop it first, or set BINA_DATA_DIR to another folder.");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
    lockChannel = channel;
  }

  /** bina.jar carries PostgreSQL binaries for Linux x86-64 only, to stay small. */
  private static void checkEmbeddedPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new LaunchException(
          "The embedded PostgreSQL is built for Linux x86-64 only, not " + os + " " + arch
              + ". Set DB_URL (and DB_USER, DB_PASSWORD) to a PostgreSQL server.");
    }
  }

  private static void checkPortFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new LaunchException(
          "Port " + port + " is in use. Stop what uses it, or set BINA_HTTP_PORT to another port.");
    }
  }

  private static Path extractWar(Path work) throws IOException {
    Path war = work.resolve("ROOT.war");
    try (InputStream in = BinaLauncher.class.getResourceAsStream(WAR_RESOURCE)) {
      if (in == null) {
        throw new LaunchException("No " + WAR_RESOURCE + " on the class path: run the launcher from bina.jar");
      }
      Files.copy(in, war);
    }
    return war;
  }

  /**
   * Asks /health/ready until it answers. Migrations ran during the deployment, so its first answer stands: 200
   * means ready, 503 says what is wrong (database unreachable, a migration failed).
   */
  private static Optional<String> awaitReadiness(int port) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return Optional.empty();
        }
        last = response.statusCode() + " " + response.body();
        if (response.statusCode() == 503) {
          return Optional.of(last);
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    return Optional.of(last);
  }

  /**
   * Runs as a shutdown hook (Ctrl-C, SIGTERM, System.exit). Payara stops in its own hook, at the same time;
   * waiting for it first lets the application finish its last transactions before PostgreSQL goes.
   */
  private static void stopAfterPayara(EmbeddedDatabase database) {
    if (payaraStarting) {
      payaraShutdownHook().ifPresent(hook -> {
        try {
          hook.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    database.close();
    say("PostgreSQL stopped.");
  }

  /** Shutdown hooks start one after another; give Payara's a moment to appear. */
  private static Optional<Thread> payaraShutdownHook() {
    Instant until = Instant.now().plusSeconds(1);
    do {
      Optional<Thread> hook =
          Thread.getAllStackTraces().keySet().stream()
              .filter(thread -> PAYARA_SHUTDOWN_HOOK.equals(thread.getName()))
              .findFirst();
      if (hook.isPresent()) {
        return hook;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    } while (Instant.now().isBefore(until));
    return Optional.empty();
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static void say(String line) {
    System.out.println("[bina] " + line);
    System.out.flush();
  }

  private static void fail(String message) {
    System.err.println("[bina] Could not start Bina: " + message);
    System.exit(1);
  }

  /** A start-up failure with a message that says what to do; printed without a stack trace. */
  static final class LaunchException extends RuntimeException {
    LaunchException(String message) {
      super(message);
    }
  }
}
