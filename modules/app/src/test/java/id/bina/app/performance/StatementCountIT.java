package id.bina.app.performance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.ReactionFixtures;
import id.bina.app.support.ReactionFixtures.Person;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TrainingBodies;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * The statement-count gate of issue 7: the SQL statements each main request issues, counted at the connection
 * pool (header Bina-Sql-Statements), on fixed data with several rows behind each answer, compared with the
 * recorded baseline in {@code sql-statement-counts.properties}. A count that grows (an N+1 load, a lost
 * join) fails the build whatever the machine's speed. When a change lowers a count, lower the baseline too.
 */
class StatementCountIT extends ApiTestBase {

  private static final String HEADER = "Bina-Sql-Statements";
  private static final int REPEATS = 3;

  @Test
  void theMainRequestsIssueNoMoreStatementsThanTheBaseline() throws IOException {
    TestAgency agency = TestAgency.create("SQL");
    String hr = agency.user("hr");
    String employee = agency.user("employee");

    // Several rows behind every answer, so a per-row query shows up as a larger count.
    List<Long> competencies = new ArrayList<>();
    for (String code : List.of("M.01", "M.02", "M.03", "M.04")) {
      competencies.add(api.as(hr).queryParam("q", code).get("competencies").jsonPath().getLong("items[0].id"));
    }
    for (long person : List.of(agency.employeeA1, agency.colleagueA1, agency.employeeB, agency.mentor, agency.supervisor)) {
      for (long competency : competencies) {
        assess(agency, person, competency, 3);
      }
    }
    long course = 0;
    for (int i = 0; i < 4; i++) {
      Map<String, Object> body =
          TrainingBodies.course("SQL-C" + i, "Pelatihan Integritas " + i, "Kursus integritas untuk pegawai", "CLASSROOM", 24,
              List.of(TrainingBodies.target(competencies.get(i), 4)));
      course = TrainingBodies.publishedCourse(api, hr, body).jsonPath().getLong("id");
      TrainingBodies.trainingClass(api, hr, TrainingBodies.trainingClass(course, "SQL-K" + i, 40 + 5 * i), "open");
    }
    long rushClass =
        TrainingBodies.trainingClass(api, hr, TrainingBodies.trainingClass(course, "SQL-RUSH", 80), "open").jsonPath().getLong("id");
    List<Person> people = ReactionFixtures.people(agency, 5 + REPEATS);
    long completed =
        ReactionFixtures.completedClass(api, agency, "SQL-DONE", "Pusdiklat Uji", List.of(ReactionFixtures.externalTrainer("Widyaiswara")), people.subList(0, 5));
    ReactionFixtures.await(1, "SELECT count(*) FROM evaluation.evaluated_class WHERE class_id = ?", completed);
    long assignment = mentoring(agency, competencies.get(0));

    Map<String, Integer> measured = new TreeMap<>();
    measured.put("catalog-search", least(() -> count(api.as(employee).queryParam("q", "integritas").get("courses"))));
    measured.put("my-profile", least(() -> count(api.as(employee).get("competency-profiles/" + agency.employeeA1))));
    measured.put("my-jp", least(() -> count(api.as(employee).get("jp/mine"))));
    measured.put("gap-report", least(() -> count(api.as(hr).queryParam("unitId", agency.rootUnit).get("competency-gaps/report"))));
    measured.put("heat-map", least(() -> count(api.as(hr).get("competency-gaps/heat-map"))));
    measured.put("below-20-jp", least(() -> count(api.as(hr).get("jp/below-target"))));
    measured.put("class-report", least(() -> count(api.as(hr).get("evaluation/learning/classes/" + completed))));
    List<Person> rush = people.subList(5, 5 + REPEATS);
    int[] next = {0};
    measured.put(
        "enrolment",
        least(() -> count(api.as(rush.get(next[0]++).username()).body(Map.of("classId", rushClass)).post("enrolments"))));
    int[] day = {1};
    measured.put(
        "session-log",
        least(
            () ->
                count(
                    api.as(agency.user("mentor"))
                        .body(
                            Map.of(
                                "assignmentId", assignment,
                                "date", TestAgency.today().minusDays(day[0]++).toString(),
                                "durationMinutes", 60,
                                "mode", "ONLINE"))
                        .post("mentoring/sessions"))));

    Properties baseline = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/sql-statement-counts.properties")) {
      baseline.load(in);
    }
    List<String> grown = new ArrayList<>();
    for (Map.Entry<String, Integer> e : measured.entrySet()) {
      String recorded = baseline.getProperty(e.getKey());
      if (recorded == null || e.getValue() > Integer.parseInt(recorded.trim())) {
        grown.add(e.getKey() + ": " + e.getValue() + " statements, baseline " + recorded);
      }
    }
    System.out.println("SQL statements per request: " + measured);
    if (!grown.isEmpty()) {
      fail("more SQL statements than the baseline (sql-statement-counts.properties):\n  " + String.join("\n  ", grown) + "\nall: " + measured);
    }
    assertTrue(measured.values().stream().allMatch(n -> n > 0), "every request reads the database: " + measured);
  }

  /** The least count over a few repeats: the first call may fill caches, the gate holds the steady state. */
  private static int least(IntSupplier request) {
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < REPEATS; i++) {
      least = Math.min(least, request.getAsInt());
    }
    return least;
  }

  private static int count(Response response) {
    response.then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.lessThan(300));
    String header = response.header(HEADER);
    if (header == null) {
      throw new AssertionError("no " + HEADER + " header: is bina.diagnostics.sql-statement-count on?");
    }
    return Integer.parseInt(header);
  }

  private void assess(TestAgency agency, long employee, long competency, int level) {
    api.as(agency.user("hr"))
        .body(Map.of("competencyId", competency, "level", level, "method", "ASSESSMENT_CENTRE"))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201);
  }

  /** An active mentoring of employeeA1 with the agency's mentor, assigned by HR a week ago. */
  private long mentoring(TestAgency agency, long integritas) {
    String hr = agency.user("hr");
    assess(agency, agency.mentor, integritas, 4);
    Response applied =
        api.as(hr).body(Map.of("employeeId", agency.mentor, "competencyIds", List.of(integritas), "maxMentees", 20)).post("mentoring/mentors");
    applied.then().log().ifValidationFails().statusCode(201);
    api.as(hr).header("If-Match", applied.header("ETag")).post("mentoring/mentors/" + applied.jsonPath().getLong("id") + "/approval")
        .then().log().ifValidationFails().statusCode(200);
    Response programme =
        api.as(hr)
            .body(Map.of("name", "Program Uji SQL", "kind", "ONBOARDING", "durationMonths", 6, "targetSessionsPerMonth", 2, "jpPerSession", 2, "unitRule", "ANY"))
            .post("mentoring/programmes");
    programme.then().log().ifValidationFails().statusCode(201);
    Response assignment =
        api.as(hr)
            .body(
                Map.of(
                    "programmeId", programme.jsonPath().getLong("id"),
                    "menteeId", agency.employeeA1,
                    "mentorId", applied.jsonPath().getLong("id"),
                    "startsOn", TestAgency.today().minusDays(7).toString()))
            .post("mentoring/assignments");
    assignment.then().log().ifValidationFails().statusCode(201);
    return assignment.jsonPath().getLong("id");
  }
}
