package id.bina.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The benchmark command (mvn -Pbenchmark verify): for each scale, a fresh database, bina.jar on it, synthetic
 * data in bulk, the load scenarios and the limits they are compared with; then results as JSON, a Markdown table
 * and a picture of report time against agency size. See README, section "Benchmark".
 */
public final class Benchmark {

  private final Settings settings;
  private final Results results;
  private int serverMajor;
  private boolean statementsAvailable;

  private Benchmark(Settings settings) {
    this.settings = settings;
    this.results = new Results(settings);
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Benchmark benchmark = new Benchmark(settings);
    try {
      benchmark.run();
    } catch (Exception e) {
      Console.say("FAILED: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  private void run() throws Exception {
    Console.say("Bina benchmark: scales " + settings.scales() + ", server " + settings.pgUrl() + ", bina.jar " + settings.binaJar());
    if (!Files.exists(settings.binaJar())) {
      throw new IllegalStateException("No " + settings.binaJar() + ": build it first (mvn -Pbenchmark verify builds it)");
    }
    Files.createDirectories(settings.results());
    Files.createDirectories(settings.work());
    try (Connection admin = connect(settings.pgUrl())) {
      serverMajor = Integer.parseInt(one(admin, "SHOW server_version_num")) / 10000;
      statementsAvailable = one(admin, "SHOW shared_preload_libraries").contains("pg_stat_statements");
      results.machine.put("postgresql", one(admin, "SELECT version()"));
      results.machine.put("cores", Runtime.getRuntime().availableProcessors());
      results.machine.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).strip());
      for (String setting : List.of("shared_buffers", "max_connections", "synchronous_commit", "wal_sync_method", "commit_delay")) {
        results.machine.put(setting, one(admin, "SHOW " + setting));
      }
      if (!statementsAvailable) {
        Console.say("pg_stat_statements is not loaded on the server: the SQL of an enrolment is not checked against the pgbench"
            + " script (ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements' and a restart enable it)");
      }
      measureFsync(admin);
    }
    for (int scale : settings.scales()) {
      runScale(scale);
      results.write(); // after each scale, so a long run leaves its figures behind even if a later scale fails
    }
    results.printSummary();
  }

  // ---- the disk ----

  private void measureFsync(Connection admin) throws Exception {
    String method = one(admin, "SHOW wal_sync_method");
    Path disk;
    try {
      disk = Path.of(one(admin, "SHOW data_directory")).getParent();
    } catch (SQLException notSuperuser) {
      disk = null;
    }
    if (disk == null || !Files.isWritable(disk)) {
      disk = settings.work();
      Console.say("the server's data directory is not writable here: pg_test_fsync runs in " + disk + " instead");
    }
    Console.say("pg_test_fsync on " + disk + " (" + method + ") ...");
    Limits.Fsync fsync = Limits.fsync(Limits.tool("pg_test_fsync", serverMajor), disk, method, settings.work().resolve("pg_test_fsync.out"));
    Console.say(String.format(Locale.ROOT, "  %s: %.0f flushes/s: the ceiling of commits that each wait for their own flush",
        method, fsync.opsPerSecond()));
    results.fsync = fsync;
  }

  // ---- one scale ----

  private void runScale(int scale) throws Exception {
    String database = "bina_bench_" + scale + "_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(LocalDateTime.now());
    Path folder = settings.work().resolve(Integer.toString(scale));
    Results.Scale result = results.scale(scale);
    Console.say(String.format(Locale.ROOT, "==== scale %,d employees: database %s ====", scale, database));
    try (Connection admin = connect(settings.pgUrl()); Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    try {
      // With the two-node step the first node is a cluster member from the start; the second joins it later.
      String cluster = settings.cluster() ? database.replace('_', '-') : null;
      try (BinaProcess bina = BinaProcess.start(settings, database, folder, settings.port(), cluster);
          MemorySampler memory = new MemorySampler(bina::residentMiB);
          Connection db = connect(settings.urlOf(database))) {
        result.binaStartSeconds = bina.startSeconds;
        result.residentAfterStartMiB = bina.residentMiB();
        if (statementsAvailable) {
          try (Statement s = db.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
          }
        }
        Console.say("generating data ...");
        DataGenerator generator = new DataGenerator(settings, db);
        result.generation = generator.generate(scale, Passwords.pbkdf2("bina-demo", settings.passwordIterations()));
        Scenarios scenarios = new Scenarios(settings, results, result, bina, memory, db, folder, generator, database, serverMajor,
            statementsAvailable);
        scenarios.runAll();
        if (settings.cluster()) {
          scenarios.runCluster(cluster);
        }
        result.residentMaxMiB = memory.max();
      }
    } finally {
      if (!settings.keep()) {
        try (Connection admin = connect(settings.pgUrl()); Statement s = admin.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
          Console.say("dropped database " + database + " (-Dbench.keep=true keeps it)");
        }
      } else {
        Console.say("kept database " + database);
      }
    }
  }

  static Connection connect(String url) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", System.getProperty("bench.pgUser", "postgres"));
    String password = System.getProperty("bench.pgPassword", "");
    if (!password.isBlank() && !password.startsWith("${")) {
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(url, p);
  }

  static String one(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
