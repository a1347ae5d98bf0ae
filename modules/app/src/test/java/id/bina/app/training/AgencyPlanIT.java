package id.bina.app.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TrainingBodies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The performance ratings import and the agency's annual plan over HTTP: proposals from the heat map and the
 * approved IDPs, the gaps each line closes, cost, plan versus actual from the class seat counters, approval
 * by another HR manager, optimistic locking, the spreadsheet export, and isolation between agencies.
 */
class AgencyPlanIT extends ApiTestBase {

  private static final String HR2_PASSWORD = "kata-sandi-panjang-hr2";

  private TestAgency agency;
  private long competency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("APL");
    // Everyone holds the executor position, which requires T.REN 3. Assessed: A1 and colleague at 1 (gap 2),
    // B at 2 (gap 1); the supervisor, HR and the mentor never: three people below standard, two in unit A.
    competency = api.as(hr()).body(CompetencyBodies.technical("T.REN")).post("competencies").jsonPath().getLong("id");
    api.as(hr())
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of(Map.of("competencyId", competency, "requiredLevel", 3))))
        .put("positions/" + agency.position + "/competency-standard")
        .then()
        .statusCode(200);
    assess(agency.employeeA1, 1);
    assess(agency.colleagueA1, 1);
    assess(agency.employeeB, 2);
  }

  private String hr() {
    return agency.user("hr");
  }

  private void assess(long employee, int level) {
    api.as(hr())
        .body(Map.of("competencyId", competency, "level", level, "method", "WRITTEN_TEST"))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .statusCode(201);
  }

  private String nip(long employee) {
    return api.as(hr()).get("employees/" + employee).jsonPath().getString("nip");
  }

  private Response importRatings(String csv) {
    return api.as(hr()).contentType("text/csv").body(csv).post("performance-ratings/import");
  }

  @Test
  void ratingsImportAllOrNothingAndAgainChangesNothing() {
    int year = TestAgency.today().getYear() - 1;
    String csv =
        "nip,year,predicate\n"
            + nip(agency.employeeA1) + "," + year + ",BAIK\n"
            + nip(agency.colleagueA1) + "," + year + ",Butuh Perbaikan\n"
            + nip(agency.employeeB) + "," + year + ",kurang\n";
    importRatings(csv).then().statusCode(200).body("rows", equalTo(3)).body("created", equalTo(3));
    importRatings(csv).then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));
    importRatings(csv.replace(",BAIK", ",SANGAT_BAIK")).then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(2));

    // A file with errors imports nothing and names each row.
    String bad =
        "nip,year,predicate\n"
            + nip(agency.mentor) + "," + year + ",BAIK\n"
            + "199001012015031999," + year + ",BAIK\n"
            + nip(agency.supervisor) + "," + year + ",ISTIMEWA\n"
            + nip(agency.mentor) + "," + year + ",KURANG\n"
            + nip(agency.hrManager) + ",1999,BAIK\n";
    importRatings(bad)
        .then()
        .statusCode(400)
        .body("errors.row", equalTo(List.of(2, 3, 4, 5)))
        .body("errors.field", equalTo(List.of("nip", "predicate", "nip", "year")));
    assertEquals(3, TestDatabase.count("SELECT count(*) FROM training.performance_rating WHERE agency_id = ?", agency.id));
    importRatings("nip,predicate\n").then().statusCode(400).body("errors.field", hasItem("year"));

    api.as(hr())
        .queryParam("year", year)
        .get("performance-ratings/summary")
        .then()
        .statusCode(200)
        .body("predicates.SANGAT_BAIK", equalTo(1))
        .body("predicates.BUTUH_PERBAIKAN", equalTo(1))
        .body("belowExpectation", equalTo(2))
        .body("rated", equalTo(3))
        .body("notRated", equalTo(3));
    api.as(hr()).queryParam("year", year).queryParam("unitId", agency.unitA).get("performance-ratings/summary").then().body("rated", equalTo(2));
    api.as(hr())
        .queryParam("year", year)
        .queryParam("predicate", "KURANG")
        .get("performance-ratings")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].employeeId", equalTo((int) agency.employeeB));
    api.as(hr()).queryParam("subjectType", "PerformanceRating").get("audit-entries").then().statusCode(200).body("totalItems", equalTo(4));
    api.as(agency.user("supervisor")).queryParam("year", year).get("performance-ratings").then().statusCode(403);
    TestAgency other = TestAgency.create("APO");
    // Another agency's HR cannot import or read this agency's people.
    api.as(other.user("hr")).contentType("text/csv").body(csv).post("performance-ratings/import").then().statusCode(400);
    api.as(other.user("hr")).queryParam("year", year).get("performance-ratings").then().body("totalItems", equalTo(0));
  }

  @Test
  void hrBuildsThePlanFromProposalsAndAnotherHrManagerApprovesIt() throws IOException {
    LocalDate firstSession = TestAgency.today().plusDays(10);
    int year = firstSession.getYear();
    // A course building T.REN; a class of it in the plan's year with a quota for unit A, run and completed.
    long course =
        TrainingBodies.publishedCourse(
                api, hr(), TrainingBodies.course("REN-01", "Perencanaan", "", "CLASSROOM", 24, List.of(TrainingBodies.target(competency, 3))))
            .jsonPath()
            .getLong("id");
    Map<String, Object> klass = new HashMap<>(TrainingBodies.trainingClass(course, "REN-01-A", 10));
    klass.put("quotas", List.of(Map.of("unitId", agency.unitA, "seats", 10)));
    Response opened = TrainingBodies.trainingClass(api, hr(), klass, "open");
    long classId = opened.jsonPath().getLong("id");
    // Five confirmed seats as enrolment leaves them: 3 of unit A's quota (the supervisor and the two people of
    // A1), 2 from the pool (unit B), and a sixth person still waiting for approval, which fills no seat.
    TestDatabase.count(
        "WITH q AS (UPDATE training.class_seat_quota SET seats_taken = 3 WHERE class_id = ? RETURNING 1),"
            + " k AS (UPDATE training.training_class SET seats_taken = 6, pool_seats_taken = 3, arrivals = 6 WHERE id = ? RETURNING 1)"
            + " SELECT (SELECT count(*) FROM q) + (SELECT count(*) FROM k)",
        classId,
        classId);
    long[] people = {agency.supervisor, agency.employeeA1, agency.colleagueA1, agency.employeeB, agency.mentor, agency.hrManager};
    for (int i = 0; i < people.length; i++) {
      TestDatabase.count(
          "WITH e AS (INSERT INTO training.enrolment (id, agency_id, class_id, employee_id, arrival, status, seat_kind, seat_unit_id,"
              + " requested_at, updated_at, updated_by) VALUES (nextval('training.enrolment_seq'), ?, ?, ?, ?, ?, ?, ?, now(), now(), 'fixture')"
              + " RETURNING 1) SELECT count(*) FROM e",
          agency.id, classId, people[i], i + 1L, i < 5 ? "CONFIRMED" : "PENDING_APPROVAL", i < 3 ? "QUOTA" : "POOL",
          i < 3 ? (Object) agency.unitA : null);
    }
    Response started = api.as(hr()).header("If-Match", api.as(hr()).get("classes/" + classId).header("ETag")).post("classes/" + classId + "/start");
    started.then().statusCode(200);
    // Three attend both sessions and complete; the two of unit B never come.
    for (int session = 0; session < 2; session++) {
      api.as(hr()).body(Map.of("presentEmployeeIds", List.of(agency.supervisor, agency.employeeA1, agency.colleagueA1)))
          .put("class-attendance/" + classId + "/sessions/" + session).then().statusCode(200);
    }
    api.as(hr()).header("If-Match", started.header("ETag")).post("classes/" + classId + "/complete").then().statusCode(200);

    // An approved IDP of the year chose T.REN with the course.
    Response idp =
        api.as(agency.user("employee"))
            .body(
                Map.of(
                    "year", year,
                    "gaps", List.of(Map.of("competencyId", competency)),
                    "activities", List.of(Map.of("kind", "COURSE", "courseId", course, "competencyId", competency, "plannedQuarter", 2))))
            .post("development-plans");
    idp.then().statusCode(201);
    Response submitted = api.as(agency.user("employee")).header("If-Match", idp.header("ETag")).post("development-plans/" + idp.jsonPath().getLong("id") + "/submit");
    api.as(agency.user("supervisor")).header("If-Match", submitted.header("ETag")).post("development-plans/" + idp.jsonPath().getLong("id") + "/approve")
        .then().statusCode(200);

    Response plan = api.as(hr()).body(Map.of("year", year)).post("agency-plans");
    plan.then().statusCode(201).body("status", equalTo("DRAFT")).body("lines.size()", equalTo(0));
    long id = plan.jsonPath().getLong("id");
    api.as(hr()).body(Map.of("year", year)).post("agency-plans").then().statusCode(409);

    Response proposals = api.as(hr()).get("agency-plans/" + id + "/proposals");
    proposals
        .then()
        .statusCode(200)
        .body("[0].code", equalTo("T.REN"))
        .body("[0].peopleBelowStandard", equalTo(3))
        .body("[0].idpPeople", equalTo(1))
        .body("[0].idpActivities[0].kind", equalTo("COURSE"))
        .body("[0].idpActivities[0].courseCode", equalTo("REN-01"))
        .body("[0].suggestedLine.courseId", equalTo((int) course))
        .body("[0].suggestedLine.seats", equalTo(3))
        .body("[0].suggestedLine.classes", equalTo(1))
        .body("[0].suggestedLine.budget", equalTo(4_500_000));
    api.as(hr()).queryParam("unitId", agency.unitA).get("agency-plans/" + id + "/proposals").then().body("[0].peopleBelowStandard", equalTo(2));

    // The suggestion as it is, with 2 of its seats for unit A.
    Map<String, Object> line = new HashMap<>(proposals.jsonPath().getMap("[0].suggestedLine"));
    line.put("unitSeats", List.of(Map.of("unitId", agency.unitA, "seats", 2)));
    api.as(hr()).body(line).post("agency-plans/" + id + "/lines").then().statusCode(428);
    api.as(hr()).header("If-Match", "\"7\"").body(line).post("agency-plans/" + id + "/lines").then().statusCode(412);
    Response withLine = api.as(hr()).header("If-Match", plan.header("ETag")).body(line).post("agency-plans/" + id + "/lines");
    withLine
        .then()
        .statusCode(200)
        .body("lines[0].competencyCode", equalTo("T.REN"))
        .body("lines[0].peopleBelowStandard", equalTo(3))
        .body("lines[0].gapsClosed", equalTo(3))
        .body("lines[0].costPerSeat", equalTo(1_500_000))
        .body("lines[0].actual.classes", equalTo(1))
        .body("lines[0].actual.capacity", equalTo(30))
        .body("lines[0].actual.seatsFilled", equalTo(5))
        .body("lines[0].actual.completed", equalTo(3))
        .body("lines[0].actual.jpDelivered", equalTo(72))
        .body("lines[0].actual.spent", equalTo(4_500_000))
        .body("lines[0].actual.budgetRemaining", equalTo(0))
        .body("totals.completed", equalTo(3))
        .body("lines[0].unitSeats[0].planned", equalTo(2))
        .body("lines[0].unitSeats[0].filled", equalTo(3));
    // Coaching for unit A's people two levels short, and two listed people (one below standard, one never assessed).
    Map<String, Object> coaching = new HashMap<>();
    coaching.put("competencyId", competency);
    coaching.put("targetUnitId", agency.unitA);
    coaching.put("minGap", 2);
    coaching.put("developmentType", "TECHNICAL");
    coaching.put("modality", "COACHING");
    coaching.put("provider", Map.of("kind", "INTERNAL", "name", "Biro SDM"));
    coaching.put("startsOn", LocalDate.of(year, 12, 1).toString());
    coaching.put("endsOn", LocalDate.of(year, 12, 20).toString());
    coaching.put("classes", 0);
    coaching.put("seats", 1);
    coaching.put("budget", 2_000_000L);
    Response two = api.as(hr()).header("If-Match", withLine.header("ETag")).body(coaching).post("agency-plans/" + id + "/lines");
    two.then().statusCode(200).body("lines[1].peopleBelowStandard", equalTo(2)).body("lines[1].gapsClosed", equalTo(1));
    Map<String, Object> listed = new HashMap<>(coaching);
    listed.remove("targetUnitId");
    listed.put("minGap", 1);
    listed.put("employees", List.of(agency.employeeB, agency.supervisor));
    listed.put("seats", 2);
    Response three = api.as(hr()).header("If-Match", two.header("ETag")).body(listed).post("agency-plans/" + id + "/lines");
    three
        .then()
        .statusCode(200)
        .body("lines[2].peopleBelowStandard", equalTo(1))
        .body("lines[2].gapsClosed", equalTo(1))
        .body("totals.lines", equalTo(3))
        .body("totals.gapsClosed", equalTo(5))
        .body("totals.budget", equalTo(8_500_000))
        .body("totals.seats", equalTo(6));

    // Bad lines are refused field by field and change nothing.
    Map<String, Object> bad = new HashMap<>(coaching);
    bad.put("modality", "TELEPATHY");
    bad.put("plannedQuarter", 2);
    bad.put("unitSeats", List.of(Map.of("unitId", agency.unitB, "seats", 5)));
    bad.put("budget", -1);
    api.as(hr())
        .header("If-Match", three.header("ETag"))
        .body(bad)
        .post("agency-plans/" + id + "/lines")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("modality", "plannedQuarter", "unitSeats", "budget"));

    long coachingLine = three.jsonPath().getLong("lines[1].id");
    coaching.put("seats", 2);
    Response edited = api.as(hr()).header("If-Match", three.header("ETag")).body(coaching).put("agency-plans/" + id + "/lines/" + coachingLine);
    edited.then().statusCode(200).body("lines[1].gapsClosed", equalTo(2)).body("totals.gapsClosed", equalTo(6));
    Response removed =
        api.as(hr()).header("If-Match", edited.header("ETag")).delete("agency-plans/" + id + "/lines/" + three.jsonPath().getLong("lines[2].id"));
    removed.then().statusCode(200).body("totals.lines", equalTo(2)).body("totals.gapsClosed", equalTo(5));

    // The export: one row per line and a total row.
    String csv = api.as(hr()).get("agency-plans/" + id + "/export.csv").then().statusCode(200).extract().asString();
    String[] rows = csv.split("\r\n");
    assertEquals(4, rows.length, csv);
    assertTrue(rows[0].startsWith("Kode kompetensi,Kompetensi,Unit sasaran"), rows[0]);
    assertTrue(rows[1].startsWith("T.REN,") && rows[1].contains("Seluruh instansi") && rows[1].contains("4500000"), rows[1]);
    assertTrue(rows[3].startsWith("Jumlah,"), rows[3]);
    byte[] xlsx = api.as(hr()).get("agency-plans/" + id + "/export.xlsx").then().statusCode(200).extract().asByteArray();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> sheet = workbook.getFirstSheet().read();
      assertEquals(4, sheet.size());
      assertEquals("Anggaran (Rp)", sheet.get(0).getCellText(16));
      assertEquals("6500000", sheet.get(3).getCellText(16).replace(".0", ""));
      // Plan versus actual: seats filled, JP, money spent, who completed and the budget left (6.5 - 4.5 million).
      assertEquals("Kursi terisi", sheet.get(0).getCellText(22));
      assertEquals("5", sheet.get(1).getCellText(22).replace(".0", ""));
      assertEquals("72", sheet.get(1).getCellText(23).replace(".0", ""));
      assertEquals("4500000", sheet.get(1).getCellText(24).replace(".0", ""));
      assertEquals("Peserta lulus", sheet.get(0).getCellText(25));
      assertEquals("3", sheet.get(3).getCellText(25).replace(".0", ""));
      assertEquals("Sisa anggaran (Rp)", sheet.get(0).getCellText(26));
      assertEquals("2000000", sheet.get(3).getCellText(26).replace(".0", ""));
    }

    // The HR manager who built it does not approve it; another does, and then it is closed.
    api.as(hr()).header("If-Match", removed.header("ETag")).post("agency-plans/" + id + "/approve").then().statusCode(403)
        .body("detail", containsString("another HR manager"));
    String hr2 = agency.code.toLowerCase() + "-hr2";
    api.as(agency.user("admin"))
        .body(Map.of("username", hr2, "password", HR2_PASSWORD, "employeeId", agency.mentor, "roles", List.of("HR_MANAGER", "EMPLOYEE")))
        .post("accounts")
        .then()
        .statusCode(201);
    RequestSpecification second = api.anonymous().auth().preemptive().basic(hr2, HR2_PASSWORD);
    Response approved = second.header("If-Match", removed.header("ETag")).post("agency-plans/" + id + "/approve");
    approved.then().statusCode(200).body("status", equalTo("APPROVED")).body("approvedBy", equalTo(hr2));
    api.as(hr()).header("If-Match", approved.header("ETag")).body(coaching).post("agency-plans/" + id + "/lines").then().statusCode(409);
    api.as(hr()).queryParam("year", year).get("agency-plans").then().body("items[0].status", equalTo("APPROVED")).body("items[0].lines", equalTo(2));

    // Only HR managers of the agency.
    api.as(agency.user("supervisor")).get("agency-plans/" + id).then().statusCode(403);
    api.as(agency.user("admin")).get("agency-plans/" + id).then().statusCode(403);
    TestAgency other = TestAgency.create("APX");
    api.as(other.user("hr")).get("agency-plans/" + id).then().statusCode(404);
    api.as(other.user("hr")).get("agency-plans/" + id + "/export.csv").then().statusCode(404);
  }

  @Test
  void concurrentEditsOfOnePlanNeverLoseAnUpdate() throws Exception {
    Response plan = api.as(hr()).body(Map.of("year", 2031)).post("agency-plans");
    long id = plan.jsonPath().getLong("id");
    String etag = plan.header("ETag");
    Map<String, Object> line = new HashMap<>();
    line.put("competencyId", competency);
    line.put("developmentType", "TECHNICAL");
    line.put("modality", "E_LEARNING");
    line.put("provider", Map.of("kind", "EXTERNAL", "name", "LAN"));
    line.put("plannedQuarter", 3);
    line.put("classes", 0);
    line.put("seats", 10);
    line.put("budget", 5_000_000L);
    // Eight HR sessions add a line to the version they all read: one wins, the others are told it changed.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return api.as(hr()).header("If-Match", etag).body(line).post("agency-plans/" + id + "/lines").statusCode();
        }));
      }
      start.countDown();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var answer : answers) {
        statuses.add(answer.get());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
      assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 412), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM training.agency_plan_line WHERE plan_id = ?", id));
    api.as(hr()).get("agency-plans/" + id).then().body("totals.lines", equalTo(1)).body("totals.budget", equalTo(5_000_000));
  }

  @Test
  void theDemoAgencyHasLastYearsRatings() {
    int year = TestAgency.today().getYear() - 1;
    Response summary = api.as("hr").queryParam("year", year).get("performance-ratings/summary");
    summary.then().statusCode(200).body("notRated", equalTo(0));
    assertTrue(summary.jsonPath().getLong("rated") > 0, summary.asString());
    assertTrue(summary.jsonPath().getLong("belowExpectation") > 0, summary.asString());
    assertTrue(summary.jsonPath().getLong("predicates.BAIK") > summary.jsonPath().getLong("belowExpectation"), summary.asString());
  }
}
