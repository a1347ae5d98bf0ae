package id.bina.app.competency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Assessments, the profile's precedence rule, who may assess whom, and the gap analysis on known data. */
class CompetencyProfileIT extends ApiTestBase {

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("PRF");
  }

  private long national(String code) {
    return api.as(agency.user("hr")).queryParam("q", code).get("competencies").jsonPath().getLong("items[0].id");
  }

  private Response assess(String as, long employee, long competency, int level, String method, LocalDate on) {
    Map<String, Object> body =
        on == null
            ? Map.of("competencyId", competency, "level", level, "method", method)
            : Map.of("competencyId", competency, "level", level, "method", method, "assessedOn", on.toString());
    return api.as(agency.user(as)).body(body).post("competency-profiles/" + employee + "/assessments");
  }

  private String profile(long employee) {
    return "competency-profiles/" + employee;
  }

  @Test
  void anAssessmentCentreResultOutweighsALaterSelfAssessment() {
    long integritas = national("M.01");
    assess("hr", agency.employeeA1, integritas, 2, "ASSESSMENT_CENTRE", TestAgency.today().minusMonths(3))
        .then()
        .statusCode(201);
    assess("employee", agency.employeeA1, integritas, 5, "SELF", null).then().statusCode(201).body("method", equalTo("SELF"));
    api.as(agency.user("employee"))
        .get(profile(agency.employeeA1))
        .then()
        .statusCode(200)
        .body("competencies.find { it.code == 'M.01' }.currentLevel", equalTo(2))
        .body("competencies.find { it.code == 'M.01' }.source.method", equalTo("ASSESSMENT_CENTRE"))
        .body("competencies.find { it.code == 'M.01' }.source.assessor", equalTo(agency.user("hr")));
    api.as(agency.user("supervisor"))
        .queryParam("competencyId", integritas)
        .get("competency-profiles/" + agency.employeeA1 + "/assessments")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items[0].method", equalTo("SELF"));
  }

  @Test
  void nobodyRatesThemselvesOrPeopleOutsideTheirReachByAnotherMethod() {
    long integritas = national("M.01");
    assess("supervisor", agency.employeeA1, integritas, 3, "SUPERVISOR", null).then().statusCode(201);
    assess("supervisor", agency.supervisor, integritas, 5, "SUPERVISOR", null).then().statusCode(403);
    assess("hr", agency.hrManager, integritas, 5, "ASSESSMENT_CENTRE", null).then().statusCode(403);
    assess("employee", agency.employeeA1, integritas, 5, "SUPERVISOR", null).then().statusCode(403);
    assess("supervisor", agency.employeeB, integritas, 2, "SUPERVISOR", null).then().statusCode(404);
    assess("hr", agency.employeeA1, integritas, 3, "SELF", null).then().statusCode(403);
    TestAgency other = TestAgency.create("PRO");
    api.as(other.user("hr")).get(profile(agency.employeeA1)).then().statusCode(404);
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM competency.assessment WHERE agency_id = ?", agency.id));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM platform.audit_entry WHERE subject_type = 'CompetencyAssessment' AND subject_id = ?",
            agency.employeeA1));
  }

  @Test
  void badAssessmentsAreRefusedFieldByField() {
    long integritas = national("M.01");
    api.as(agency.user("employee"))
        .body(Map.of("competencyId", integritas, "level", 6, "method", "SELF", "assessedOn", TestAgency.today().plusDays(2).toString()))
        .post("competency-profiles/" + agency.employeeA1 + "/assessments")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("level", "assessedOn"));
    assess("employee", agency.employeeA1, 999_999_999L, 3, "SELF", null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("competencyId"));
    api.as(agency.user("employee"))
        .body(Map.of("competencyId", integritas, "level", 3, "method", "GUESSWORK"))
        .post("competency-profiles/" + agency.employeeA1 + "/assessments")
        .then()
        .statusCode(400);
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM competency.assessment WHERE agency_id = ?", agency.id));
  }

  @Test
  void anAssessmentKeepsTheRevisionItWasMadeAgainst() {
    Response created = api.as(agency.user("hr")).body(CompetencyBodies.technical("T.VER")).post("competencies");
    long technical = created.jsonPath().getLong("id");
    assess("employee", agency.employeeA1, technical, 2, "SELF", null).then().body("revision", equalTo(1));
    api.as(agency.user("hr"))
        .header("If-Match", created.header("ETag"))
        .body(CompetencyBodies.technical(null, "Versi dua", "Baru"))
        .put("competencies/" + technical)
        .then()
        .statusCode(200);
    assess("employee", agency.employeeA1, technical, 3, "SELF", null).then().body("revision", equalTo(2));
    api.as(agency.user("employee"))
        .get("competency-profiles/" + agency.employeeA1 + "/assessments")
        .then()
        .body("items.revision", equalTo(List.of(2, 1)));
  }

  @Test
  void gapsAndJobPersonMatchOnKnownData() {
    long technical = api.as(agency.user("hr")).body(CompetencyBodies.technical("T.GAP")).post("competencies").jsonPath().getLong("id");
    long integritas = national("M.01");
    long kerjasama = national("M.02");
    // The executor position requires T.GAP 3 and M.01 2; the other national competencies keep the default 1.
    api.as(agency.user("hr"))
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "entries",
                List.of(
                    Map.of("competencyId", technical, "requiredLevel", 3),
                    Map.of("competencyId", integritas, "requiredLevel", 2))))
        .put("positions/" + agency.position + "/competency-standard")
        .then()
        .statusCode(200);
    assess("hr", agency.employeeB, technical, 1, "WRITTEN_TEST", null).then().statusCode(201);
    assess("hr", agency.employeeB, integritas, 4, "ASSESSMENT_CENTRE", null).then().statusCode(201);
    assess("hr", agency.employeeB, kerjasama, 1, "MULTI_RATER", null).then().statusCode(201);

    // Capped at the standard: (1 + 2 + 1 + 0 x 7) / (3 + 2 + 1 x 8) = 4 / 13 = 30.8 %
    api.as(agency.user("hr"))
        .get(profile(agency.employeeB))
        .then()
        .statusCode(200)
        .body("jobPersonMatch", equalTo(30.8f))
        .body("competencies.size()", equalTo(10))
        .body("competencies.find { it.code == 'T.GAP' }.gap", equalTo(2))
        .body("competencies.find { it.code == 'M.01' }.gap", equalTo(0))
        .body("competencies.find { it.code == 'M.02' }.gap", equalTo(0))
        .body("prioritisedGaps[0].code", equalTo("T.GAP"))
        .body("prioritisedGaps.size()", equalTo(7))
        .body("notAssessed", hasItems("M.03", "S.01"))
        .body("notAssessed.size()", equalTo(7));
  }
}
