package id.bina.app.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh agency for one test class, written straight into the database so tests never depend on each other
 * or on their order. Its tree: root > unitA > unitA1, and root > unitB. People: an HR manager, a supervisor
 * heading unit A, two employees in A1, an employee in B and a mentor in B, each with an account whose password is
 * {@link #PASSWORD} (the demo accounts' hash is reused, so fixtures need not know the hash format).
 */
public final class TestAgency {

  public static final String PASSWORD = "bina-demo";
  /** Every test agency keeps WITA time, so "today" for the server is today in Makassar, not on the test's clock. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
  private static final AtomicInteger NIP_SEQUENCE = new AtomicInteger();

  public final String code;
  public final long id;
  public final long rootUnit;
  public final long unitA;
  public final long unitA1;
  public final long unitB;
  public final long position;
  public final long hrManager;
  public final long supervisor;
  public final long employeeA1;
  public final long colleagueA1;
  public final long employeeB;
  public final long mentor;
  private final Map<String, String> usernames = new HashMap<>();

  /** The date in the test agencies' zone: what the server calls today (CI runs at any hour). */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  private TestAgency(String code) throws SQLException {
    this.code = code;
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      id = insert(c, "INSERT INTO platform.agency (id, code, name, time_zone) VALUES (nextval('platform.agency_seq'), ?, ?, ?) RETURNING id", code, "Instansi Uji " + code, ZONE.getId());
      rootUnit = unit(c, null, "ROOT", "/");
      unitA = unit(c, rootUnit, "A", "/" + rootUnit + "/");
      unitA1 = unit(c, unitA, "A1", "/" + rootUnit + "/" + unitA + "/");
      unitB = unit(c, rootUnit, "B", "/" + rootUnit + "/");
      position =
          insert(
              c,
              "INSERT INTO platform.position (id, agency_id, code, name, position_class) VALUES (nextval('platform.position_seq'), ?, ?, 'Pengadministrasi Umum', 'EXECUTOR') RETURNING id",
              id,
              "PEL-" + code);
      hrManager = employee(c, "HR Manager " + code, rootUnit, null);
      supervisor = employee(c, "Supervisor " + code, unitA, null);
      employeeA1 = employee(c, "Employee A1 " + code, unitA1, supervisor);
      colleagueA1 = employee(c, "Colleague A1 " + code, unitA1, supervisor);
      employeeB = employee(c, "Employee B " + code, unitB, null);
      mentor = employee(c, "Mentor " + code, unitB, null);
      account(c, "hr", hrManager, "HR_MANAGER", "EMPLOYEE");
      account(c, "admin", null, "ADMIN");
      account(c, "supervisor", supervisor, "SUPERVISOR", "EMPLOYEE");
      account(c, "employee", employeeA1, "EMPLOYEE");
      account(c, "employeeB", employeeB, "EMPLOYEE");
      account(c, "mentor", mentor, "MENTOR", "EMPLOYEE");
      c.commit();
    }
  }

  /** Creates an agency whose code starts with {@code prefix}; unique per call. */
  public static TestAgency create(String prefix) {
    try {
      return new TestAgency(prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test agency", e);
    }
  }

  /** The username of this agency's account in the given part: hr, admin, supervisor, employee, employeeB, mentor. */
  public String user(String part) {
    String username = usernames.get(part);
    if (username == null) {
      throw new IllegalArgumentException("no such test account: " + part);
    }
    return username;
  }

  /**
   * A NIP that is valid and used nowhere else in this test run: born 1960-1964, which the demo data (born
   * 1965 or later) never uses.
   */
  public static String freshNip() {
    int n = NIP_SEQUENCE.incrementAndGet();
    int birthYear = 1960 + (n / 900) % 5;
    int sequence = 1 + n % 900;
    int day = 1 + (n / 360) % 28;
    return String.format("%04d%02d%02d%04d%02d%d%03d", birthYear, 1 + (n / 30) % 12, day, birthYear + 25, 3, 1 + n % 2, sequence);
  }

  private long unit(Connection c, Long parent, String code, String parentPath) throws SQLException {
    long unitId;
    try (PreparedStatement s = c.prepareStatement("SELECT nextval('platform.org_unit_seq')");
        ResultSet r = s.executeQuery()) {
      r.next();
      unitId = r.getLong(1);
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO platform.org_unit (id, agency_id, parent_id, code, name, path) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, unitId);
      s.setLong(2, id);
      s.setObject(3, parent);
      s.setString(4, code);
      s.setString(5, "Unit " + code);
      s.setString(6, parentPath + unitId + "/");
      s.executeUpdate();
    }
    return unitId;
  }

  private long employee(Connection c, String name, long unit, Long supervisorId) throws SQLException {
    return insert(
        c,
        "INSERT INTO platform.employee (id, agency_id, nip, name, unit_id, position_id, supervisor_id, created_at, created_by, updated_at, updated_by)"
            + " VALUES (nextval('platform.employee_seq'), ?, ?, ?, ?, ?, ?, now(), 'fixture', now(), 'fixture') RETURNING id",
        id,
        freshNip(),
        name,
        unit,
        position,
        supervisorId);
  }

  private void account(Connection c, String part, Long employee, String... roles) throws SQLException {
    String username = code.toLowerCase() + "-" + part.toLowerCase();
    long accountId =
        insert(
            c,
            "INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)"
                + " SELECT nextval('platform.user_account_seq'), ?, ?, password_hash, ? FROM platform.user_account WHERE username = 'admin' RETURNING id",
            id,
            username,
            employee);
    for (String role : roles) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO platform.user_role (user_id, role) VALUES (?, ?)")) {
        s.setLong(1, accountId);
        s.setString(2, role);
        s.executeUpdate();
      }
    }
    usernames.put(part, username);
  }

  private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("nothing inserted: " + sql + " (are the demo accounts loaded?)");
        }
        return r.getLong(1);
      }
    }
  }
}
