package id.bina.app.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server run from zonky's binaries, on a data folder that is kept across restarts. It listens on
 * localhost only, on a free port chosen at each start, and trusts every local connection (no password).
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "bina";
  static final String USER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on {@code dataFolder} (creating it on first use) and creates the database {@code bina}.
   * The caller must hold the data folder's lock: this stops any PostgreSQL still running on the folder.
   *
   * @param binariesFolder where zonky unpacks the PostgreSQL binaries (once per version)
   * @param log the file PostgreSQL's own output is appended to
   */
  static EmbeddedDatabase start(Path dataFolder, Path binariesFolder, Path log) throws IOException, SQLException {
    stopOrphanedServer(dataFolder);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataFolder)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(binariesFolder.toFile())
            // zonky tunes PostgreSQL for throw-away test data (fsync off, asynchronous commit); Bina's data is real.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("listen_addresses", "localhost")
            // Crash recovery after a kill -9 can take longer than zonky's 10 s default.
            .setPGStartupWait(Duration.ofSeconds(120))
            // The launcher stops PostgreSQL itself, after Payara, so the application never sees it vanish.
            .setRegisterShutdownHook(false)
            .setOutputRedirector(Redirect.appendTo(log.toFile()))
            .setErrorRedirector(Redirect.appendTo(log.toFile()))
            .start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres);
    try {
      database.createDatabaseIfMissing();
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  /** Stops PostgreSQL (pg_ctl stop -m fast: open sessions are ended, committed work is on disk). */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("[bina] Could not stop PostgreSQL cleanly: " + e.getMessage());
    }
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database " + DATABASE);
      }
    }
  }

  /**
   * A kill -9 of Bina leaves its PostgreSQL running, holding postmaster.pid, and a new start would fail on it.
   * Stop that orphan first. SIGTERM asks for a smart shutdown, which is quick: its clients died with Bina.
   */
  private static void stopOrphanedServer(Path dataFolder) throws IOException {
    Path pidFile = dataFolder.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> running =
        lines.stream().findFirst().flatMap(EmbeddedDatabase::parsePid).flatMap(ProcessHandle::of);
    if (running.isEmpty()) {
      return; // PostgreSQL itself replaces a pid file whose process is gone
    }
    Optional<String> command = running.get().info().command();
    if (command.isEmpty()) {
      return; // another user's process: PostgreSQL will say clearly what blocks it
    }
    // The pid file's second line is the data folder its postmaster serves.
    boolean orphan =
        command.get().endsWith("/postgres")
            && lines.size() > 1
            && sameFolder(Path.of(lines.get(1).strip()), dataFolder);
    if (!orphan) {
      Files.delete(pidFile); // the pid was reused by an unrelated process: the file is stale
      return;
    }
    ProcessHandle process = running.get();
    System.out.println("[bina] Stopping PostgreSQL (pid " + process.pid() + ") left running by an earlier Bina...");
    process.destroy();
    try {
      process.onExit().get(60, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException(
          "PostgreSQL (pid " + process.pid() + ") from an earlier run does not stop; stop it and start again", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping the earlier PostgreSQL", e);
    }
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
