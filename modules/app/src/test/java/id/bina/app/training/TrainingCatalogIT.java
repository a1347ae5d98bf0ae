package id.bina.app.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TrainingBodies;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The training catalog over HTTP: course and class life, validation field by field, Indonesian full-text
 * search and filters, "recommended for me" on known gaps, who sees what, and optimistic locking.
 */
class TrainingCatalogIT extends ApiTestBase {

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("TRN");
  }

  private String hr() {
    return agency.user("hr");
  }

  private long national(String code) {
    return api.as(hr()).queryParam("q", code).get("competencies").jsonPath().getLong("items[0].id");
  }

  private long technical(String code) {
    return api.as(hr()).body(CompetencyBodies.technical(code)).post("competencies").jsonPath().getLong("id");
  }

  private long publishedCourse(Map<String, Object> body) {
    return TrainingBodies.publishedCourse(api, hr(), body).jsonPath().getLong("id");
  }

  @Test
  void aCourseIsSeenByEmployeesOnlyOncePublished() {
    Response draft = api.as(hr()).body(TrainingBodies.course("TEK-01")).post("courses");
    draft.then().statusCode(201).body("status", equalTo("DRAFT")).body("minutes", equalTo(24 * 45));
    long id = draft.jsonPath().getLong("id");
    api.as(agency.user("employee")).get("courses/" + id).then().statusCode(404);
    api.as(agency.user("employee")).get("courses").then().statusCode(200).body("totalItems", equalTo(0));
    api.as(agency.user("admin")).get("courses/" + id).then().statusCode(200);
    api.as(agency.user("admin")).header("If-Match", draft.header("ETag")).post("courses/" + id + "/publish").then().statusCode(403);

    api.as(hr()).post("courses/" + id + "/publish").then().statusCode(428);
    Response published = api.as(hr()).header("If-Match", draft.header("ETag")).post("courses/" + id + "/publish");
    published.then().statusCode(200).body("status", equalTo("PUBLISHED"));
    api.as(hr()).header("If-Match", published.header("ETag")).post("courses/" + id + "/publish").then().statusCode(409);
    api.as(agency.user("employee"))
        .get("courses/" + id)
        .then()
        .statusCode(200)
        .body("code", equalTo("TEK-01"))
        .body("provider.name", equalTo("Pusdiklat"))
        .body("costPerParticipant", equalTo(1_500_000));
    api.as(agency.user("employee")).get("courses").then().body("items.code", equalTo(List.of("TEK-01")));
  }

  @Test
  void aClassGoesThroughItsLifeByExplicitActions() {
    Response draftCourse = api.as(hr()).body(TrainingBodies.course("KLS-01")).post("courses");
    long course = draftCourse.jsonPath().getLong("id");
    Response created = TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(course, "KLS-01-A", 20));
    long id = created.jsonPath().getLong("id");
    created.then().body("status", equalTo("DRAFT")).body("seatsLeft", equalTo(30)).body("sessions.size()", equalTo(2));
    // A draft course's class does not open; employees see neither.
    api.as(hr()).header("If-Match", created.header("ETag")).post("classes/" + id + "/open").then().statusCode(409);
    api.as(agency.user("employee")).get("classes/" + id).then().statusCode(404);
    api.as(hr()).header("If-Match", draftCourse.header("ETag")).post("courses/" + course + "/publish").then().statusCode(200);
    api.as(agency.user("employee")).get("classes/" + id).then().statusCode(404);

    Response open = api.as(hr()).header("If-Match", created.header("ETag")).post("classes/" + id + "/open");
    open.then().statusCode(200).body("status", equalTo("OPEN")).body("openForEnrolment", equalTo(true));
    api.as(agency.user("employee")).get("classes/" + id).then().statusCode(200).body("courseCode", equalTo("KLS-01"));
    api.as(agency.user("employee")).queryParam("open", true).get("classes").then().body("items.id", hasItem((int) id));
    // A stale version changes nothing.
    api.as(hr()).header("If-Match", created.header("ETag")).post("classes/" + id + "/close").then().statusCode(412);
    api.as(hr()).header("If-Match", open.header("ETag")).post("classes/" + id + "/complete").then().statusCode(409);

    Response closed = api.as(hr()).header("If-Match", open.header("ETag")).post("classes/" + id + "/close");
    closed.then().statusCode(200).body("status", equalTo("CLOSED")).body("openForEnrolment", equalTo(false));
    api.as(agency.user("employee")).queryParam("open", true).get("classes").then().body("items.id", not(hasItem((int) id)));
    Response running = api.as(hr()).header("If-Match", closed.header("ETag")).post("classes/" + id + "/start");
    running.then().statusCode(200).body("status", equalTo("RUNNING"));
    api.as(hr())
        .header("If-Match", running.header("ETag"))
        .body(Map.of("reason", "Terlambat"))
        .post("classes/" + id + "/cancel")
        .then()
        .statusCode(409);
    api.as(hr()).header("If-Match", running.header("ETag")).post("classes/" + id + "/complete").then().statusCode(200)
        .body("status", equalTo("COMPLETED"));

    Response other = TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(course, "KLS-01-B", 25), "open");
    long otherId = other.jsonPath().getLong("id");
    api.as(hr()).header("If-Match", other.header("ETag")).body(Map.of()).post("classes/" + otherId + "/cancel")
        .then().statusCode(400).body("errors.field", hasItem("reason"));
    api.as(hr())
        .header("If-Match", other.header("ETag"))
        .body(Map.of("reason", "Narasumber berhalangan"))
        .post("classes/" + otherId + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("Narasumber berhalangan"));
    api.as(hr()).queryParam("status", "CANCELLED").get("classes").then().body("items.code", equalTo(List.of("KLS-01-B")));
  }

  /**
   * A course with several eligibility rules keeps the version its creation answered: publishing at once with that
   * ETag works. (Kept as a set, the rules' order could differ from EclipseLink's copy in some JVMs, which then wrote
   * the course again at commit and the publish answered 412.)
   */
  @Test
  void aCourseWithSeveralEligibilityRulesPublishesWithTheETagItsCreationAnswered() {
    List<List<String>> rankSets =
        List.of(List.of("III/a", "III/b"), List.of("II/c", "III/a", "IV/b"), List.of("IV/a", "IV/b", "IV/c", "IV/d"), List.of("I/a", "II/a"));
    int n = 0;
    for (List<String> ranks : rankSets) {
      for (List<String> classes : List.of(List.<String>of(), List.of("PENGAWAS", "ADMINISTRATOR"))) {
        Map<String, Object> body = TrainingBodies.course("ELIG-" + (n++));
        body.put("eligibility", Map.of("ranks", ranks, "positionClasses", classes));
        long id = TrainingBodies.publishedCourse(api, hr(), body).jsonPath().getLong("id");
        api.as(hr()).get("courses/" + id).then().statusCode(200)
            .body("eligibility.ranks", containsInAnyOrder(ranks.toArray()))
            .body("eligibility.positionClasses", containsInAnyOrder(classes.toArray()));
      }
    }
  }

  @Test
  void badCoursesAreRefusedFieldByFieldAndChangeNothing() {
    Map<String, Object> body = TrainingBodies.course("BAD 01");
    body.put("type", "MAGIC");
    body.put("lessonHours", 0);
    body.put("costPerParticipant", -5);
    body.put("leadershipProgramme", "PKP");
    body.put("provider", Map.of("kind", "EXTERNAL"));
    body.put("targetCompetencies", List.of(TrainingBodies.target(999_999_999L, 3), TrainingBodies.target(national("M.01"), 7)));
    body.put("eligibility", Map.of("ranks", List.of("III/a", "IX/z"), "positionClasses", List.of("PENGAWAS")));
    api.as(hr())
        .body(body)
        .post("courses")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems(
                "code",
                "type",
                "lessonHours",
                "costPerParticipant",
                "provider.name",
                "targetCompetencies[0].competencyId",
                "targetCompetencies[1].targetLevel",
                "eligibility.ranks"));
    // A technical course in a leadership programme is refused on its own, too.
    Map<String, Object> programme = TrainingBodies.course("BAD-02");
    programme.put("leadershipProgramme", "PKA");
    api.as(hr()).body(programme).post("courses").then().statusCode(400).body("errors.field", equalTo(List.of("leadershipProgramme")));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM training.course WHERE agency_id = ?", agency.id));

    api.as(hr()).body(TrainingBodies.course("DUP-01")).post("courses").then().statusCode(201);
    api.as(hr()).body(TrainingBodies.course("DUP-01")).post("courses").then().statusCode(409);
  }

  @Test
  void badClassesAreRefusedFieldByFieldAndChangeNothing() {
    long course = publishedCourse(TrainingBodies.course("VAL-01"));
    LocalDate first = TestAgency.today().plusDays(10);
    Map<String, Object> body = new HashMap<>(TrainingBodies.trainingClass(course, "VAL-01-A", 10));
    body.put("capacity", 0);
    body.put(
        "sessions",
        List.of(
            Map.of("date", first.toString(), "startsAt", "08:00", "endsAt", "12:00"),
            Map.of("date", first.toString(), "startsAt", "11:00", "endsAt", "13:00"),
            Map.of("date", "kemarin", "startsAt", "08:00", "endsAt", "10:00")));
    body.put("enrolmentCloses", first.toString());
    body.put("trainers", List.of(Map.of("employeeId", 999_999_999L)));
    api.as(hr())
        .body(body)
        .post("classes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("capacity", "sessions[1].date", "sessions[2].date", "enrolmentCloses", "trainers[0].employeeId"));

    Map<String, Object> quotas = new HashMap<>(TrainingBodies.trainingClass(course, "VAL-01-B", 10));
    quotas.put("quotas", List.of(Map.of("unitId", agency.unitA, "seats", 20), Map.of("unitId", agency.unitB, "seats", 11)));
    api.as(hr()).body(quotas).post("classes").then().statusCode(400).body("errors.field", equalTo(List.of("quotas")));
    // A quota for a unit of another agency is refused by name.
    long foreignUnit = TestAgency.create("TCU").unitA;
    quotas.put("quotas", List.of(Map.of("unitId", foreignUnit, "seats", 5)));
    api.as(hr()).body(quotas).post("classes").then().statusCode(400).body("errors.field", equalTo(List.of("quotas[0].unitId")));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM training.training_class WHERE agency_id = ?", agency.id));

    quotas.put("quotas", List.of(Map.of("unitId", agency.unitA, "seats", 20), Map.of("unitId", agency.unitB, "seats", 10)));
    quotas.put("trainers", List.of(Map.of("employeeId", agency.mentor), Map.of("externalName", "Dr. Luar")));
    api.as(hr())
        .body(quotas)
        .post("classes")
        .then()
        .statusCode(201)
        .body("quotas.seats", hasItems(20, 10))
        .body("trainers[0].name", equalTo("Mentor " + agency.code))
        .body("trainers[1].external", equalTo(true));
  }

  @Test
  void searchStemsIndonesianWordsAndFilters() {
    long keuangan = technical("T.KEU");
    long keuanganCourse =
        publishedCourse(
            TrainingBodies.course(
                "KEU-01", "Pengelolaan Keuangan Daerah", "Penatausahaan dan pelaporan anggaran", "WORKSHOP", 32,
                List.of(TrainingBodies.target(keuangan, 3))));
    publishedCourse(
        TrainingBodies.course(
            "PIM-01", "Kepemimpinan Pengawas", "Pelatihan bagi pejabat pengawas; termasuk dasar keuangan", "CLASSROOM", 80, List.of()));
    publishedCourse(
        TrainingBodies.course("ELR-01", "Etika Pelayanan Publik", "Belajar mandiri daring", "E_LEARNING", 10, List.of()));
    api.as(hr()).body(TrainingBodies.course("DRF-01", "Keuangan Draf", "Belum terbit", "CLASSROOM", 8, List.of())).post("courses");

    // "mengelola" and "keuangan" stem to the words of "Pengelolaan Keuangan": only the Indonesian stemmer finds it.
    api.as(agency.user("employee"))
        .queryParam("q", "mengelola keuangan")
        .get("courses")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("KEU-01")));
    // A title match ranks above a match in the description; drafts stay hidden from employees.
    api.as(agency.user("employee")).queryParam("q", "keuangan").get("courses").then().body("items.code", equalTo(List.of("KEU-01", "PIM-01")));
    api.as(hr()).queryParam("q", "keuangan").get("courses").then().body("items.code", hasItems("KEU-01", "PIM-01", "DRF-01"));
    api.as(hr()).queryParam("q", "keuangan").queryParam("status", "DRAFT").get("courses").then()
        .body("items.code", equalTo(List.of("DRF-01")));

    api.as(agency.user("employee")).queryParam("competencyId", keuangan).get("courses").then().body("items.code", equalTo(List.of("KEU-01")));
    api.as(agency.user("employee")).queryParam("modality", "e_learning").get("courses").then().body("items.code", equalTo(List.of("ELR-01")));
    api.as(agency.user("employee")).queryParam("classical", false).get("courses").then().body("items.code", equalTo(List.of("ELR-01")));
    api.as(agency.user("employee")).queryParam("minJp", 20).queryParam("maxJp", 40).get("courses").then()
        .body("items.code", equalTo(List.of("KEU-01")));
    api.as(agency.user("employee")).queryParam("minJp", 50).queryParam("maxJp", 40).get("courses").then().statusCode(400);
    api.as(agency.user("employee")).queryParam("modality", "TELEPATHY").get("courses").then().statusCode(400)
        .body("errors.field", equalTo(List.of("modality")));
    api.as(agency.user("employee")).queryParam("size", 1).queryParam("q", "keuangan").get("courses").then()
        .body("items.size()", equalTo(1))
        .body("totalItems", equalTo(2));

    // Class dates and status: only courses with such a class.
    TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(keuanganCourse, "KEU-01-A", 40), "open");
    LocalDate from = TestAgency.today().plusDays(35);
    api.as(agency.user("employee"))
        .queryParam("classFrom", from.toString())
        .queryParam("classTo", from.plusDays(10).toString())
        .queryParam("classStatus", "OPEN")
        .get("courses")
        .then()
        .body("items.code", equalTo(List.of("KEU-01")));
    api.as(agency.user("employee"))
        .queryParam("classFrom", from.plusDays(20).toString())
        .get("courses")
        .then()
        .body("totalItems", equalTo(0));
    api.as(agency.user("employee"))
        .queryParam("from", from.toString())
        .queryParam("to", from.plusDays(10).toString())
        .queryParam("courseId", keuanganCourse)
        .get("classes")
        .then()
        .body("items.code", equalTo(List.of("KEU-01-A")));
  }

  @Test
  void recommendationsRankOpenClassesByTheGapsTheyClose() {
    long big = technical("T.BIG");
    long small = technical("T.SML");
    long integritas = national("M.01");
    // The executor position requires T.BIG 4 and T.SML 3; M.01 keeps its default 1 and is never assessed.
    api.as(hr())
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of(Map.of("competencyId", big, "requiredLevel", 4), Map.of("competencyId", small, "requiredLevel", 3))))
        .put("positions/" + agency.position + "/competency-standard")
        .then()
        .statusCode(200);
    Map<String, Object> assessment = new HashMap<>(Map.of("competencyId", big, "level", 1, "method", "WRITTEN_TEST"));
    api.as(hr()).body(assessment).post("competency-profiles/" + agency.employeeA1 + "/assessments").then().statusCode(201);
    assessment.put("competencyId", small);
    assessment.put("level", 2);
    api.as(hr()).body(assessment).post("competency-profiles/" + agency.employeeA1 + "/assessments").then().statusCode(201);

    long smallCourse = publishedCourse(TrainingBodies.course("R-SML", "Kecil", "", "WORKSHOP", 16, List.of(TrainingBodies.target(small, 3))));
    long bigCourse = publishedCourse(TrainingBodies.course("R-BIG", "Besar", "", "CLASSROOM", 40, List.of(TrainingBodies.target(big, 5))));
    long integrityCourse =
        publishedCourse(TrainingBodies.course("R-INT", "Integritas", "", "COACHING", 8, List.of(TrainingBodies.target(integritas, 2))));
    long noGapCourse = publishedCourse(TrainingBodies.course("R-NON", "Lain", "", "SEMINAR", 8, List.of()));
    // Listed first by date, but ranked by the gap closed.
    TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(smallCourse, "R-SML-A", 10), "open");
    TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(integrityCourse, "R-INT-A", 12), "open");
    TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(bigCourse, "R-BIG-A", 20), "open");
    TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(bigCourse, "R-BIG-DRAFT", 15));
    TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(bigCourse, "R-BIG-CLOSED", 16), "open", "close");
    TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(noGapCourse, "R-NON-A", 5), "open");

    api.as(agency.user("employee"))
        .get("classes/recommended")
        .then()
        .statusCode(200)
        .body("items.trainingClass.code", equalTo(List.of("R-BIG-A", "R-SML-A", "R-INT-A")))
        .body("items.levelsClosed", equalTo(List.of(3, 1, 0)))
        .body("items.unassessedLevelsClosed", equalTo(List.of(0, 0, 1)))
        .body("items[0].gaps[0].code", equalTo("T.BIG"))
        .body("items[0].gaps[0].currentLevel", equalTo(1))
        .body("items[0].gaps[0].requiredLevel", equalTo(4))
        .body("items[0].reason", containsString("T.BIG"))
        .body("items[2].reason", containsString("not assessed"));
    // Another employee with the same position and no assessments: only never-assessed gaps, so R-INT and
    // the two technical courses all count from level 0.
    api.as(agency.user("employeeB"))
        .get("classes/recommended")
        .then()
        .statusCode(200)
        .body("items.trainingClass.code", equalTo(List.of("R-BIG-A", "R-SML-A", "R-INT-A")))
        .body("items.unassessedLevelsClosed", equalTo(List.of(4, 3, 1)));
    api.as(agency.user("admin")).get("classes/recommended").then().statusCode(403);
  }

  @Test
  void anotherAgencySeesNothingAndStaleWritesChangeNothing() {
    Response course = TrainingBodies.publishedCourse(api, hr(), TrainingBodies.course("ISO-01"));
    long id = course.jsonPath().getLong("id");
    Response k = TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(id, "ISO-01-A", 10), "open");
    long classId = k.jsonPath().getLong("id");
    TestAgency other = TestAgency.create("TRO");
    api.as(other.user("hr")).get("courses/" + id).then().statusCode(404);
    api.as(other.user("employee")).get("classes/" + classId).then().statusCode(404);
    api.as(other.user("hr")).get("courses").then().body("totalItems", equalTo(0));
    api.as(other.user("hr")).queryParam("q", "ISO-01").get("courses").then().body("totalItems", equalTo(0));
    api.as(other.user("hr")).get("classes").then().body("totalItems", equalTo(0));
    api.as(other.user("hr")).header("If-Match", course.header("ETag")).body(TrainingBodies.course("ISO-01")).put("courses/" + id)
        .then().statusCode(404);
    api.as(other.user("hr")).body(TrainingBodies.trainingClass(id, "ISO-X", 10)).post("classes")
        .then().statusCode(400).body("errors.field", equalTo(List.of("courseId")));

    Map<String, Object> renamed = TrainingBodies.course("ISO-01");
    renamed.put("title", "Judul Baru");
    Response updated = api.as(hr()).header("If-Match", course.header("ETag")).body(renamed).put("courses/" + id);
    updated.then().statusCode(200).body("title", equalTo("Judul Baru"));
    renamed.put("title", "Judul Lama Menimpa");
    api.as(hr()).header("If-Match", course.header("ETag")).body(renamed).put("courses/" + id).then().statusCode(412);
    api.as(hr()).body(renamed).put("courses/" + id).then().statusCode(428);
    api.as(hr()).get("courses/" + id).then().body("title", equalTo("Judul Baru")).header("ETag", equalTo(updated.header("ETag")));
    // The new title is what search finds.
    api.as(hr()).queryParam("q", "judul baru").get("courses").then().body("items.code", equalTo(List.of("ISO-01")));

    Map<String, Object> moreSeats = new HashMap<>(TrainingBodies.trainingClass(id, "ISO-01-A", 10));
    moreSeats.put("capacity", 40);
    api.as(hr()).header("If-Match", k.header("ETag")).body(moreSeats).put("classes/" + classId).then().statusCode(200)
        .body("capacity", equalTo(40));
    moreSeats.put("capacity", 50);
    api.as(hr()).header("If-Match", k.header("ETag")).body(moreSeats).put("classes/" + classId).then().statusCode(412);
    // Once open, enrolments count against the quotas: they no longer change.
    moreSeats.put("quotas", List.of(Map.of("unitId", agency.unitA, "seats", 5)));
    String current = api.as(hr()).get("classes/" + classId).header("ETag");
    api.as(hr()).header("If-Match", current).body(moreSeats).put("classes/" + classId).then().statusCode(409);
    api.as(hr()).get("classes/" + classId).then().body("capacity", equalTo(40)).body("quotas.size()", equalTo(0));
  }
}
