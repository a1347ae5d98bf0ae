package id.bina.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real PostgreSQL for the whole integration test run: an embedded one by default, or a fresh database
 * on the server named by BINA_TEST_DB_URL (with BINA_TEST_DB_USER, BINA_TEST_DB_PASSWORD). Its address
 * reaches each Payara Micro the tests start through payara.cmdOptions.
 */
public class TestDatabase implements LauncherSessionListener {

  private static EmbeddedPostgres embedded;
  private static String url;
  private static String user;
  private static String password;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("bina.it") || url != null) {
      return;
    }
    String external = System.getenv("BINA_TEST_DB_URL");
    try {
      if (external != null && !external.isBlank()) {
        user = envOr("BINA_TEST_DB_USER", "postgres");
        password = envOr("BINA_TEST_DB_PASSWORD", "");
        String database = "bina_it_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(external, user, password);
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + database);
        }
        url = external.substring(0, external.lastIndexOf('/') + 1) + database;
      } else {
        embedded = EmbeddedPostgres.builder().start();
        user = "postgres";
        password = "postgres";
        try (Connection c = embedded.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE bina");
        }
        url = embedded.getJdbcUrl("postgres", "bina");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the test database", e);
    }
    System.setProperty(
        "payara.cmdOptions",
        String.join(
            " ",
            "-Xmx512m",
            "-Ddb.url=" + url,
            "-Ddb.user=" + user,
            "-Ddb.password=" + (password.isEmpty() ? "none" : password),
            "-Dbina.demo-data=true",
            "-Dbina.demo-data.employees=120",
            "-Dbina.diagnostics.sql-statement-count=true",
            "-Dbina.diagnostics.sql-trace-listeners=id.bina.platform.diagnostics.SqlStatementCounter",
            TestMail.serverOptions()));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      embedded = null;
    }
  }

  /** A connection to the test database, for fixtures and for checking what the application stored. */
  public static Connection connect() throws SQLException {
    if (url == null) {
      throw new IllegalStateException("the test database was not started (run with -Dbina.it=true)");
    }
    return DriverManager.getConnection(url, user, password);
  }

  /** The single number a query such as {@code SELECT count(*) ...} answers, to check what was stored. */
  public static long count(String sql, Object... parameters) {
    try (Connection c = connect();
        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot query the test database: " + sql, e);
    }
  }

  /** Runs one write straight on the database (a fixture a test needs and no API sets); answers the rows changed. */
  public static int execute(String sql, Object... parameters) {
    try (Connection c = connect();
        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write to the test database: " + sql, e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
