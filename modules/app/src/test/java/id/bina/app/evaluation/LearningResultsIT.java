package id.bina.app.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TrainingBodies;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
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

  /**
   * Six participants of one class with known scores (passing score 70), four of another: both class gains, bands,
   * pass rate and the suppression of the small class; groups per course, unit and period; SKP before and after on
   * imported ratings; cost per JP; the ROI estimate; exports; and nothing of it for another agency.
   */
  @Test
  void gainPassRateSkpCostAndRoiOnKnownScores() throws Exception {
    List<Participant> p = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      p.add(person("Peserta " + (char) ('A' + i), i < 3 ? agency.unitA1 : agency.unitB));
    }
    long courseA = course("LRA", 1_500_000L);
    long k1 = classOf(courseA, 10, null, p);
    String rulesTag = api.as(hr()).get("class-rules/" + k1).header("ETag");
    api.as(hr()).header("If-Match", rulesTag).body(Map.of("attendanceThreshold", 80, "passingScore", 70))
        .put("class-rules/" + k1).then().statusCode(200);
    start(k1);
    attendAll(k1, p);
    // Pre-tests of the first three entered, the rest and every post-test imported from the e-learning system.
    api.as(hr()).body(Map.of("scores", List.of(
            Map.of("employeeId", p.get(0).id, "score", 40), Map.of("employeeId", p.get(1).id, "score", 50),
            Map.of("employeeId", p.get(2).id, "score", 20))))
        .put("class-attendance/" + k1 + "/pre-test").then().statusCode(200);
    String scores =
        "nip,pre_test,post_test\n"
            + p.get(0).nip + ",,70\n" + p.get(1).nip + ",,60\n" + p.get(2).nip + ",,100\n"
            + p.get(3).nip + ",100,100\n" + p.get(4).nip + ",60,90\n" + p.get(5).nip + ",30,44\n";
    api.as(hr()).contentType("text/csv").body(scores).post("class-attendance/" + k1 + "/test-scores/import")
        .then().statusCode(200).body("updated", equalTo(6));
    complete(k1);

    // A second course, four of the same people, no passing score.
    long courseB = course("LRB", 2_000_000L);
    long k2 = classOf(courseB, 20, null, p.subList(0, 4));
    start(k2);
    attendAll(k2, p.subList(0, 4));
    api.as(hr()).contentType("text/csv")
        .body("nip,pre_test,post_test\n" + p.get(0).nip + ",40,70\n" + p.get(1).nip + ",50,60\n" + p.get(2).nip + ",20,100\n"
            + p.get(3).nip + ",60,90\n")
        .post("class-attendance/" + k2 + "/test-scores/import").then().statusCode(200);
    complete(k2);

    JsonPath c1 = json(awaitEvaluated(k1));
    // Gains 0.5, 0.2, 1.0, (pre-test 100: undefined), 0.75, 0.2.
    assertEquals(6, c1.getInt("figures.participants"));
    assertEquals(6, c1.getInt("figures.scored"));
    assertEquals(1, c1.getInt("figures.gainUndefined"));
    assertEquals(5, c1.getInt("figures.averageOfGains.n"));
    assertEquals(0.53, c1.getDouble("figures.averageOfGains.value"), 1e-9);
    assertEquals(0.53 - 0.43369, c1.getDouble("figures.averageOfGains.lower"), 1e-4);
    // Mean pre 50, mean post 77.33 over all six: the gain of averages is not the average of gains.
    assertEquals(6, c1.getInt("figures.gainOfAverages.n"));
    assertEquals(27.333333333 / 50, c1.getDouble("figures.gainOfAverages.value"), 1e-9);
    assertNull(c1.get("figures.gainOfAverages.lower"));
    assertEquals(List.of(2, 1, 2), List.of(c1.getInt("figures.bands.low"), c1.getInt("figures.bands.medium"), c1.getInt("figures.bands.high")));
    assertEquals(50.0, c1.getDouble("figures.meanPreTest.value"), 1e-9);
    assertEquals(464.0 / 6, c1.getDouble("figures.meanPostTest.value"), 1e-9);
    // 4 of 6 at or above 70 (Wilson 0.300 to 0.903).
    assertEquals(6, c1.getInt("figures.passRate.n"));
    assertEquals(4.0 / 6, c1.getDouble("figures.passRate.value"), 1e-9);
    assertEquals(0.3000, c1.getDouble("figures.passRate.lower"), 1e-3);
    assertTrue(c1.getString("definitions.averageOfGains").startsWith("Average of gains"));
    assertTrue(c1.getString("definitions.gainOfAverages").startsWith("Gain of averages"));

    JsonPath people = json(api.as(hr()).get("evaluation/learning/classes/" + k1 + "/participants").then().statusCode(200).extract().response());
    assertEquals(6, people.getList("$").size());
    String who = "find { it.employeeId == %d }.";
    assertEquals(0.5, people.getDouble(String.format(who, p.get(0).id) + "normalisedGain"), 1e-9);
    assertEquals("MEDIUM", people.getString(String.format(who, p.get(0).id) + "band"));
    assertEquals(true, people.getBoolean(String.format(who, p.get(0).id) + "passed"));
    assertEquals("UNDEFINED_PRE_TEST_100", people.getString(String.format(who, p.get(3).id) + "gainStatus"));
    assertNull(people.get(String.format(who, p.get(3).id) + "normalisedGain"));
    assertEquals(false, people.getBoolean(String.format(who, p.get(5).id) + "completed"));
    assertEquals("LOW", people.getString(String.format(who, p.get(5).id) + "band"));

    // Four participants: only n is shown.
    JsonPath c2 = json(awaitEvaluated(k2));
    assertEquals(4, c2.getInt("figures.averageOfGains.n"));
    assertTrue(c2.getBoolean("figures.averageOfGains.suppressed"));
    assertNull(c2.get("figures.averageOfGains.value"));
    assertNull(c2.get("figures.gainOfAverages.value"));
    assertTrue(c2.getBoolean("figures.bands.suppressed"));
    assertNull(c2.get("figures.bands.low"));
    assertNull(c2.get("figures.meanPreTest.value"));
    assertNull(c2.get("figures.passRate"), "no passing score, no pass rate");

    // Per course: the small course is suppressed, the total (9 gains) is not.
    JsonPath byCourse = json(api.as(hr()).queryParam("by", "COURSE").get("evaluation/learning").then().statusCode(200).extract().response());
    assertEquals(List.of(Long.toString(courseA), Long.toString(courseB)), byCourse.getList("groups.key"));
    assertEquals(0.53, byCourse.getDouble("groups[0].figures.averageOfGains.value"), 1e-9);
    assertTrue(byCourse.getBoolean("groups[1].figures.averageOfGains.suppressed"));
    assertEquals(10, byCourse.getInt("total.figures.participants"));
    assertEquals(9, byCourse.getInt("total.figures.averageOfGains.n"));
    assertEquals((2.65 + 2.45) / 9, byCourse.getDouble("total.figures.averageOfGains.value"), 1e-9);
    // Per provider, per unit below the root (the unit they were in at completion), per class in a period.
    api.as(hr()).queryParam("by", "PROVIDER").get("evaluation/learning").then().statusCode(200)
        .body("groups.label", equalTo(List.of("Penyelenggara LRA", "Penyelenggara LRB")));
    JsonPath byUnit =
        json(api.as(hr()).queryParam("by", "UNIT").queryParam("unitId", agency.rootUnit).get("evaluation/learning").then().statusCode(200).extract().response());
    assertEquals(List.of(Long.toString(agency.unitA), Long.toString(agency.unitB)), byUnit.getList("groups.key"));
    assertEquals(6, byUnit.getInt("groups[0].figures.participants"));
    assertEquals(false, byUnit.getBoolean("groups[0].figures.averageOfGains.suppressed"));
    assertEquals(4, byUnit.getInt("groups[1].figures.participants"));
    assertEquals(true, byUnit.getBoolean("groups[1].figures.averageOfGains.suppressed"));
    String lastDay = c1.getString("lastSessionOn");
    api.as(hr()).queryParam("by", "CLASS").queryParam("from", lastDay).queryParam("to", lastDay).get("evaluation/learning")
        .then().statusCode(200).body("groups.key", equalTo(List.of(Long.toString(k1))));
    api.as(hr()).queryParam("by", "WEEK").get("evaluation/learning").then().statusCode(400).body("errors[0].field", equalTo("by"));
    String csv = api.as(hr()).queryParam("by", "COURSE").get("evaluation/learning/export.csv").then().statusCode(200).extract().asString();
    assertTrue(csv.startsWith("key,label,classes,participants"), csv);
    assertTrue(csv.contains(Long.toString(courseA)) && csv.contains("TOTAL"), csv);
    api.as(hr()).queryParam("by", "YEAR").get("evaluation/learning/export.xlsx").then().statusCode(200)
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    // SKP the year before the class and the year after.
    int year = java.time.LocalDate.parse(lastDay).getYear();
    String[] before = {"BAIK", "BUTUH_PERBAIKAN", "BAIK", "SANGAT_BAIK", "KURANG", "BAIK"};
    String[] after = {"SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", null};
    StringBuilder ratings = new StringBuilder("nip,year,predicate\n");
    for (int i = 0; i < 6; i++) {
      ratings.append(p.get(i).nip).append(',').append(year - 1).append(',').append(before[i]).append('\n');
      if (after[i] != null) {
        ratings.append(p.get(i).nip).append(',').append(year + 1).append(',').append(after[i]).append('\n');
      }
    }
    api.as(hr()).contentType("text/csv").body(ratings.toString()).post("performance-ratings/import").then().statusCode(200);
    JsonPath r1 = json(api.as(hr()).queryParam("classId", k1).get("evaluation/results").then().statusCode(200).extract().response());
    assertEquals(1, r1.getInt("classes"));
    assertEquals(6, r1.getInt("performance.participants"));
    assertEquals(6, r1.getInt("performance.before.n"));
    assertEquals(Map.of("SANGAT_BAIK", 1, "BAIK", 3, "BUTUH_PERBAIKAN", 1, "KURANG", 1, "SANGAT_KURANG", 0), r1.getMap("performance.before.predicates"));
    assertEquals(5, r1.getInt("performance.after.n"));
    assertEquals(Map.of("SANGAT_BAIK", 1, "BAIK", 3, "BUTUH_PERBAIKAN", 1, "KURANG", 0, "SANGAT_KURANG", 0), r1.getMap("performance.after.predicates"));
    assertEquals(5, r1.getInt("performance.paired"));
    assertEquals(0.6, r1.getDouble("performance.improved.value"), 1e-9);
    assertEquals(0.2, r1.getDouble("performance.same.value"), 1e-9);
    assertEquals(0.2, r1.getDouble("performance.worse.value"), 1e-9);
    // Cost: 6 seats x 1,500,000 over 4 completers x 24 JP.
    assertEquals(6, r1.getInt("cost.participants"));
    assertEquals(4, r1.getInt("cost.completed"));
    assertEquals(9_000_000L, r1.getLong("cost.totalCost"));
    assertEquals(96, r1.getInt("cost.jpDelivered"));
    assertEquals(93_750.0, r1.getDouble("cost.costPerJp"), 1e-9);
    assertNull(r1.get("cost.costPerLevelGained"));
    assertTrue(r1.getString("cost.levelsGainedNote").startsWith("No competency level changes"));
    assertNull(r1.get("roiEstimate"), "no benefit estimated yet");
    // The smaller course: SKP suppressed.
    JsonPath r2 = json(api.as(hr()).queryParam("courseId", courseB).get("evaluation/results").then().statusCode(200).extract().response());
    assertEquals(4, r2.getInt("performance.before.n"));
    assertTrue(r2.getBoolean("performance.before.suppressed"));
    assertNull(r2.get("performance.before.predicates"));
    assertTrue(r2.getBoolean("performance.improved.suppressed"));

    // HR estimates the class's benefits: ROI and benefit-cost ratio, labelled estimates; audited; If-Match guarded.
    Response none = api.as(hr()).get("evaluation/results/benefits/classes/" + k1);
    none.then().statusCode(200).header("ETag", "\"0\"").body("amount", equalTo(null)).body("estimate", equalTo(true));
    Map<String, Object> benefit = Map.of("amount", 12_000_000L, "basis", "Waktu layanan izin turun 2 hari x 300 berkas x Rp20.000");
    api.as(hr()).body(benefit).put("evaluation/results/benefits/classes/" + k1).then().statusCode(428);
    api.as(hr()).header("If-Match", "\"0\"").body(Map.of("amount", -1, "basis", "x")).put("evaluation/results/benefits/classes/" + k1)
        .then().statusCode(400);
    Response entered = api.as(hr()).header("If-Match", "\"0\"").body(benefit).put("evaluation/results/benefits/classes/" + k1);
    entered.then().statusCode(200).body("amount", equalTo(12_000_000)).body("enteredBy", equalTo(hr()));
    api.as(hr()).header("If-Match", "\"0\"").body(benefit).put("evaluation/results/benefits/classes/" + k1).then().statusCode(412);
    JsonPath roi = json(api.as(hr()).queryParam("classId", k1).get("evaluation/results").then().statusCode(200).extract().response());
    assertEquals(true, roi.getBoolean("roiEstimate.estimate"));
    assertTrue(roi.getString("roiEstimate.label").startsWith("ESTIMATE"));
    assertEquals(12_000_000L, roi.getLong("roiEstimate.estimatedBenefits"));
    assertEquals(9_000_000L, roi.getLong("roiEstimate.costs"));
    assertEquals(12.0 / 9, roi.getDouble("roiEstimate.benefitCostRatio"), 1e-9);
    assertEquals(100.0 / 3, roi.getDouble("roiEstimate.roiPercent"), 1e-9);
    api.as(hr()).queryParam("subjectType", "BenefitEstimate").get("audit-entries").then().statusCode(200)
        .body("items.actor", hasItem(hr())).body("items.size()", equalTo(1));
    // A course's estimate against all its completed classes; none for a period.
    api.as(hr()).header("If-Match", "\"0\"").body(Map.of("amount", 18_000_000L, "basis", "Survei atasan, nilai waktu kerja"))
        .put("evaluation/results/benefits/courses/" + courseA).then().statusCode(200);
    api.as(hr()).queryParam("courseId", courseA).get("evaluation/results").then().statusCode(200)
        .body("roiEstimate.subject", equalTo("COURSE")).body("roiEstimate.roiPercent", equalTo(100.0f));
    api.as(hr()).queryParam("from", lastDay).queryParam("to", lastDay).get("evaluation/results").then().statusCode(200)
        .body("roiEstimate", equalTo(null)).body("cost.totalCost", equalTo(9_000_000));
    String results = api.as(hr()).queryParam("classId", k1).get("evaluation/results/export.csv").then().statusCode(200).extract().asString();
    assertTrue(results.contains("cost_per_jp") && results.contains("roi_percent_estimate") && results.contains("ESTIMATE"), results);
    api.as(hr()).queryParam("classId", k1).get("evaluation/results/export.xlsx").then().statusCode(200);

    // Another agency's HR sees none of it, and employees see no report.
    TestAgency other = TestAgency.create("LRX");
    String otherHr = other.user("hr");
    api.as(otherHr).get("evaluation/learning/classes/" + k1).then().statusCode(404);
    api.as(otherHr).get("evaluation/learning/classes/" + k1 + "/participants").then().statusCode(404);
    api.as(otherHr).queryParam("by", "COURSE").queryParam("courseId", courseA).get("evaluation/learning").then().statusCode(404);
    api.as(otherHr).queryParam("by", "UNIT").queryParam("unitId", agency.rootUnit).get("evaluation/learning").then().statusCode(404);
    api.as(otherHr).queryParam("by", "COURSE").get("evaluation/learning").then().statusCode(200).body("groups.size()", equalTo(0))
        .body("total.figures.participants", equalTo(0));
    api.as(otherHr).queryParam("classId", k1).get("evaluation/results").then().statusCode(404);
    api.as(otherHr).get("evaluation/results/benefits/classes/" + k1).then().statusCode(404);
    api.as(otherHr).header("If-Match", "\"1\"").body(benefit).put("evaluation/results/benefits/classes/" + k1).then().statusCode(404);
    api.as(agency.user("employee")).get("evaluation/learning/classes/" + k1).then().statusCode(403);
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

  /** Everyone present at both sessions. */
  private void attendAll(long k, List<Participant> people) {
    List<Long> ids = people.stream().map(Participant::id).toList();
    for (int seq = 0; seq < 2; seq++) {
      api.as(hr()).body(Map.of("presentEmployeeIds", ids)).put("class-attendance/" + k + "/sessions/" + seq).then().statusCode(200);
    }
  }

  private void complete(long k) {
    String tag = api.as(hr()).get("classes/" + k).header("ETag");
    api.as(hr()).header("If-Match", tag).post("classes/" + k + "/complete").then().statusCode(200);
  }

  /** The class's level-2 report, once training's ClassCompleted has reached evaluation through the outbox. */
  private Response awaitEvaluated(long k) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      Response r = api.as(hr()).get("evaluation/learning/classes/" + k);
      if (r.statusCode() == 200) {
        return r;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("class " + k + " never reached evaluation (" + r.statusCode() + "); its outbox message: " + outbox(k));
      }
      Thread.sleep(500);
    }
  }

  /** Attempts and last error of the class's ClassCompleted message, to say why evaluation has not got it. */
  private String outbox(long k) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT attempts, delivered_at, last_error FROM platform.outbox_message"
                    + " WHERE agency_id = ? AND event_type = 'id.bina.training.ClassCompleted' AND payload LIKE ?")) {
      s.setLong(1, agency.id);
      s.setString(2, "%\"classId\":" + k + ",%");
      StringBuilder out = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.append("attempts ").append(r.getInt(1)).append(", delivered ").append(r.getObject(2)).append(", error ").append(r.getString(3));
        }
      }
      return out.length() == 0 ? "none" : out.toString();
    } catch (SQLException e) {
      return e.toString();
    }
  }

  /** Decimals read as doubles, not floats: the figures are compared to many places. */
  private static JsonPath json(Response r) {
    return r.jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
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
