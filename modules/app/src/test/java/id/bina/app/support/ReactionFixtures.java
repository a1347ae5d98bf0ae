package id.bina.app.support;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the reaction survey tests need beyond {@link TestAgency}: more people with accounts (a survey shows
 * results only from five answers on), and a class run to completion through the training API.
 */
public final class ReactionFixtures {

  private static final AtomicInteger CODES = new AtomicInteger();

  private ReactionFixtures() {}

  /** An employee of the test agency with an EMPLOYEE account; no supervisor, so HR approves their requests. */
  public record Person(long employeeId, String username) {}

  /** {@code n} new employees of unit B, each with an account (password {@link TestAgency#PASSWORD}). */
  public static List<Person> people(TestAgency agency, int n) {
    List<Person> people = new ArrayList<>();
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      for (int i = 0; i < n; i++) {
        int k = CODES.incrementAndGet();
        long employee =
            insert(
                c,
                "INSERT INTO platform.employee (id, agency_id, nip, name, unit_id, position_id, created_at, created_by, updated_at, updated_by)"
                    + " VALUES (nextval('platform.employee_seq'), ?, ?, ?, ?, ?, now(), 'fixture', now(), 'fixture') RETURNING id",
                agency.id, TestAgency.freshNip(), "Peserta " + k + " " + agency.code, agency.unitB, agency.position);
        String username = agency.code.toLowerCase() + "-peserta-" + k;
        long account =
            insert(
                c,
                "INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)"
                    + " SELECT nextval('platform.user_account_seq'), ?, ?, password_hash, ? FROM platform.user_account WHERE username = 'admin' RETURNING id",
                agency.id, username, employee);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO platform.user_role (user_id, role) VALUES (?, 'EMPLOYEE')")) {
          s.setLong(1, account);
          s.executeUpdate();
        }
        people.add(new Person(employee, username));
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add people", e);
    }
    return people;
  }

  /**
   * A class of a fresh course (provider {@code provider}) with the given trainers (maps of employeeId or
   * externalName), the people enrolled and confirmed, every one present at both sessions, completed.
   * Answers the class id.
   */
  public static long completedClass(Api api, TestAgency agency, String courseCode, String provider, List<Map<String, Object>> trainers, List<Person> people) {
    String hr = agency.user("hr");
    Map<String, Object> courseBody = TrainingBodies.course(courseCode);
    courseBody.put("provider", Map.of("kind", "INTERNAL", "name", provider));
    long course = TrainingBodies.publishedCourse(api, hr, courseBody).jsonPath().getLong("id");
    return completedClass(api, agency, course, trainers, people);
  }

  /** As above, a new class of an existing published course. */
  public static long completedClass(Api api, TestAgency agency, long course, List<Map<String, Object>> trainers, List<Person> people) {
    String hr = agency.user("hr");
    int n = CODES.incrementAndGet();
    // Classes of one test run on days of their own, so one person's seats never clash.
    Map<String, Object> classBody = TrainingBodies.trainingClass(course, "RK-" + n, 10 + 3 * n);
    classBody.put("trainers", new ArrayList<>(trainers));
    long k = TrainingBodies.trainingClass(api, hr, classBody, "open").jsonPath().getLong("id");
    List<Long> ids = new ArrayList<>();
    for (Person p : people) {
      Response requested = api.as(p.username()).body(Map.of("classId", k)).post("enrolments");
      requested.then().statusCode(201);
      api.as(hr).header("If-Match", requested.header("ETag")).post("enrolments/" + requested.jsonPath().getLong("id") + "/approval")
          .then().statusCode(200);
      ids.add(p.employeeId());
    }
    String tag = api.as(hr).get("classes/" + k).header("ETag");
    tag = api.as(hr).header("If-Match", tag).post("classes/" + k + "/start").then().statusCode(200).extract().header("ETag");
    for (int session = 0; session < 2; session++) {
      api.as(hr).body(Map.of("presentEmployeeIds", ids)).put("class-attendance/" + k + "/sessions/" + session).then().statusCode(200);
    }
    api.as(hr).header("If-Match", tag).post("classes/" + k + "/complete").then().statusCode(200);
    return k;
  }

  /** Waits (up to 30 s) until {@code sql} counts {@code expected}: the outbox delivers after the commit. */
  public static void await(long expected, String sql, Object... parameters) {
    long deadline = System.currentTimeMillis() + 30_000;
    long actual = TestDatabase.count(sql, parameters);
    while (actual != expected && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      actual = TestDatabase.count(sql, parameters);
    }
    if (actual != expected) {
      throw new AssertionError("expected " + expected + " but found " + actual + ": " + sql + "\nundelivered events:\n" + undelivered());
    }
  }

  /** The outbox's undelivered messages with their last error: why an observer did not run. */
  private static String undelivered() {
    StringBuilder out = new StringBuilder();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT event_type, attempts, last_error FROM platform.outbox_message WHERE delivered_at IS NULL ORDER BY id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.append(r.getString(1)).append(" attempts ").append(r.getInt(2)).append(": ").append(r.getString(3)).append('\n');
      }
    } catch (SQLException e) {
      out.append(e);
    }
    return out.toString();
  }

  public static Map<String, Object> externalTrainer(String name) {
    Map<String, Object> t = new HashMap<>();
    t.put("externalName", name);
    return t;
  }

  public static Map<String, Object> employeeTrainer(long employeeId) {
    Map<String, Object> t = new HashMap<>();
    t.put("employeeId", employeeId);
    return t;
  }

  private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
