package id.bina.app.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TrainingBodies;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kirkpatrick levels 2 and 4 over HTTP: pre- and post-test scores entered and imported from an e-learning CSV,
 * then, once training's ClassCompleted has reached evaluation, the normalised gain, pass rate, SKP before and
 * after, cost per JP and ROI on known numbers, small-group suppression and cross-agency isolation.
 */
class LearningResultsIT extends ApiTestBase {

  private static final AtomicInteger CODES = new AtomicInteger();

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("LRN");
  }

  private String hr() {
    return agency.user("hr");
  }

  @Test
  void trainersAndHrEnterPreTestsAndImportScoresAllOrNothing() throws SQLException {
    Participant a = person("Peserta A", agency.unitA1);
    Participant b = person("Peserta B", agency.unitB);
    Participant c = person("Peserta C", agency.unitB);
    long course = course("LRT", 1_500_000L);
    long k = classOf(course, 10, agency.supervisor, List.of(a, b, c));
    start(k);

    // HR enters a pre-test; the supervisor, trainer of this class, another; someone else's class is not theirs.
    Response entered =
        api.as(hr()).body(Map.of("scores", List.of(Map.of("employeeId", a.id, "score", 40)))).put("class-attendance/" + k + "/pre-test");
    entered.then().statusCode(200);
    assertEquals(40.0, score(entered, a, "preTestScore"));
    api.as(agency.user("supervisor")).body(Map.of("scores", List.of(Map.of("employeeId", b.id, "score", 55.5))))
        .put("class-attendance/" + k + "/pre-test").then().statusCode(200);
    api.as(hr()).body(Map.of("scores", List.of(Map.of("employeeId", agency.employeeB, "score", 40))))
        .put("class-attendance/" + k + "/pre-test").then().statusCode(400).body("errors[0].field", equalTo("employeeId"));
    api.as(hr()).body(Map.of("scores", List.of(Map.of("employeeId", c.id, "score", 101))))
        .put("class-attendance/" + k + "/pre-test").then().statusCode(400).body("errors[0].field", equalTo("score"));
    api.as(agency.user("employee")).body(Map.of("scores", List.of()))
        .put("class-attendance/" + k + "/pre-test").then().statusCode(403);

    // A file with bad rows imports nothing, and says which rows are wrong.
    String bad =
        "NIP,pre_test,post_test\n"
            + a.nip + ",45,80\n"
            + b.nip + ",,120\n"
            + agency.employeeB + ",30,70\n"
            + c.nip + ",abc,70\n"
            + a.nip + ",45,80\n";
    Response refused = api.as(hr()).contentType("text/csv").body(bad).post("class-attendance/" + k + "/test-scores/import");
    refused.then().statusCode(400).contentType("application/problem+json");
    List<String> errors = new ArrayList<>();
    for (Map<String, Object> e : refused.jsonPath().<Map<String, Object>>getList("errors")) {
      errors.add(e.get("row") + ":" + e.get("field"));
    }
    assertEquals(List.of("2:post_test", "3:nip", "4:pre_test", "5:nip"), errors);
    Response sheet = api.as(hr()).get("class-attendance/" + k);
    assertEquals(40.0, score(sheet, a, "preTestScore"));
    assertNull(score(sheet, a, "postTestScore"));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ? AND post_test_score IS NOT NULL", k));

    // The trainer imports the e-learning export (a BOM, other header spellings, a decimal comma); an empty cell
    // keeps the score already entered; the same file again changes nothing.
    String good =
        "\uFEFFnip;Pre-Test;Post Test\n".replace(';', ',')
            + a.nip + ",45,80\n"
            + b.nip + ",,\"72,5\"\n"
            + c.nip + ",60,\n";
    api.as(agency.user("supervisor")).contentType("text/csv").body(good).post("class-attendance/" + k + "/test-scores/import")
        .then().statusCode(200).body("rows", equalTo(3)).body("updated", equalTo(3)).body("unchanged", equalTo(0));
    sheet = api.as(hr()).get("class-attendance/" + k);
    assertEquals(45.0, score(sheet, a, "preTestScore"));
    assertEquals(80.0, score(sheet, a, "postTestScore"));
    assertEquals(55.5, score(sheet, b, "preTestScore"));
    assertEquals(72.5, score(sheet, b, "postTestScore"));
    assertEquals(60.0, score(sheet, c, "preTestScore"));
    api.as(hr()).contentType("text/csv").body(good).post("class-attendance/" + k + "/test-scores/import")
        .then().statusCode(200).body("updated", equalTo(0)).body("unchanged", equalTo(3));
    // Each change is in the enrolment's audit trail, with who made it.
    api.as(hr()).queryParam("subjectType", "Enrolment").queryParam("subjectId", enrolmentOf(k, a.id)).get("audit-entries")
        .then().statusCode(200)
        .body("items.findAll { it.changes.preTestScore != null }.actor", hasItem(agency.user("supervisor")))
        .body("items.findAll { it.changes.preTestScore != null }.actor", hasItem(hr()));

    // Not the employee's, not another agency's; and not before the class runs.
    api.as(agency.user("employee")).contentType("text/csv").body(good).post("class-attendance/" + k + "/test-scores/import")
        .then().statusCode(403);
    TestAgency other = TestAgency.create("LRO");
    api.as(other.user("hr")).contentType("text/csv").body(good).post("class-attendance/" + k + "/test-scores/import")
        .then().statusCode(404);
    long notStarted = classOf(course, 30, null, List.of(a));
    api.as(hr()).contentType("text/csv").body(a.nip + ",1,2\n").post("class-attendance/" + notStarted + "/test-scores/import")
        .then().statusCode(409);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Fixtures

  /** An employee of the test agency with an account (password as every test account's), no supervisor. */
  private record Participant(long id, String nip, String user) {}

  private Participant person(String name, long unit) throws SQLException {
    String nip = TestAgency.freshNip();
    try (Connection c = TestDatabase.connect()) {
      long employee =
          insert(
              c,
              "INSERT INTO platform.employee (id, agency_id, nip, name, unit_id, position_id, created_at, created_by, updated_at, updated_by)"
                  + " VALUES (nextval('platform.employee_seq'), ?, ?, ?, ?, ?, now(), 'fixture', now(), 'fixture') RETURNING id",
              agency.id, nip, name, unit, agency.position);
      String username = agency.code.toLowerCase() + "-p" + employee;
      long account =
          insert(
              c,
              "INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)"
                  + " SELECT nextval('platform.user_account_seq'), ?, ?, password_hash, ? FROM platform.user_account WHERE username = 'admin' RETURNING id",
              agency.id, username, employee);
      insert(c, "INSERT INTO platform.user_role (user_id, role) VALUES (?, 'EMPLOYEE') RETURNING user_id", account);
      return new Participant(employee, nip, username);
    }
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

  /** A published 24 JP course with the given cost per participant; its provider is named after the code. */
  private long course(String prefix, long costPerParticipant) {
    Map<String, Object> body = TrainingBodies.course(prefix + "-" + CODES.incrementAndGet());
    body.put("costPerParticipant", costPerParticipant);
    body.put("provider", Map.of("kind", "EXTERNAL", "name", "Penyelenggara " + prefix));
    return TrainingBodies.publishedCourse(api, hr(), body).jsonPath().getLong("id");
  }

  /** An open class of the course {@code daysAhead}, with the people confirmed (HR approves: they have no supervisor). */
  private long classOf(long course, int daysAhead, Long trainer, List<Participant> people) {
    Map<String, Object> body = TrainingBodies.trainingClass(course, "LK-" + CODES.incrementAndGet(), daysAhead);
    if (trainer != null) {
      body.put("trainers", List.of(Map.of("employeeId", trainer)));
    }
    long k = TrainingBodies.trainingClass(api, hr(), body, "open").jsonPath().getLong("id");
    for (Participant p : people) {
      Response asked = api.as(p.user).body(Map.of("classId", k)).post("enrolments");
      asked.then().statusCode(201);
      api.as(hr()).header("If-Match", asked.header("ETag")).post("enrolments/" + asked.jsonPath().getLong("id") + "/approval")
          .then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }
    return k;
  }

  /** A participant's score on the attendance sheet, null when none. */
  private static Double score(Response sheet, Participant p, String field) {
    Object value = sheet.jsonPath().get("participants.find { it.employeeId == " + p.id + " }." + field);
    return value == null ? null : ((Number) value).doubleValue();
  }

  private void start(long k) {
    String tag = api.as(hr()).get("classes/" + k).header("ETag");
    api.as(hr()).header("If-Match", tag).post("classes/" + k + "/start").then().statusCode(200);
  }

  private long enrolmentOf(long k, long employee) {
    Map<String, Object> found = new HashMap<>();
    api.as(hr()).queryParam("classId", k).get("enrolments").jsonPath().<Map<String, Object>>getList("items").stream()
        .filter(e -> ((Number) e.get("employeeId")).longValue() == employee)
        .forEach(found::putAll);
    return ((Number) found.get("id")).longValue();
  }
}
