package id.bina.app.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TrainingBodies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Individual development plans over HTTP: gaps chosen from the profile, activities from the catalog, the
 * employee's submission and the direct supervisor's decision, who sees and who may change what, the audit
 * trail, and optimistic locking.
 */
class DevelopmentPlanIT extends ApiTestBase {

  private static final String HR2_PASSWORD = "kata-sandi-panjang-hr2";

  private TestAgency agency;
  private long shortFall;
  private long met;
  private long classId;
  private long courseId;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("IDP");
    // The executor position requires T.KUR 3 and T.MET 2; the employee holds 1 and 2: one gap, one met.
    shortFall = technical("T.KUR");
    met = technical("T.MET");
    api.as(hr())
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of(Map.of("competencyId", shortFall, "requiredLevel", 3), Map.of("competencyId", met, "requiredLevel", 2))))
        .put("positions/" + agency.position + "/competency-standard")
        .then()
        .statusCode(200);
    assess(agency.employeeA1, shortFall, 1);
    assess(agency.employeeA1, met, 2);
    courseId =
        TrainingBodies.publishedCourse(
                api, hr(), TrainingBodies.course("IDP-K", "Kurasi", "", "CLASSROOM", 24, List.of(TrainingBodies.target(shortFall, 3))))
            .jsonPath()
            .getLong("id");
    classId = TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(courseId, "IDP-K-A", 40), "open").jsonPath().getLong("id");
  }

  private String hr() {
    return agency.user("hr");
  }

  private long technical(String code) {
    return api.as(hr()).body(CompetencyBodies.technical(code)).post("competencies").jsonPath().getLong("id");
  }

  private void assess(long employee, long competency, int level) {
    api.as(hr())
        .body(Map.of("competencyId", competency, "level", level, "method", "WRITTEN_TEST"))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .statusCode(201);
  }

  private Map<String, Object> plan(List<Map<String, Object>> gaps, List<Map<String, Object>> activities) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", TestAgency.today().getYear());
    body.put("gaps", gaps);
    body.put("activities", activities);
    return body;
  }

  private Map<String, Object> validPlan() {
    return plan(
        List.of(Map.of("competencyId", shortFall, "targetLevel", 3)),
        List.of(
            Map.of("kind", "CLASS", "classId", classId, "competencyId", shortFall, "plannedQuarter", 2),
            Map.of("kind", "MENTORING", "description", "Mentoring oleh kepala bagian", "plannedJp", 8, "plannedQuarter", 3)));
  }

  private Response act(RequestSpecification as, Response current, String action, Map<String, Object> body) {
    RequestSpecification request = as.header("If-Match", current.header("ETag"));
    if (body != null) {
      request.body(body);
    }
    return request.post("development-plans/" + current.jsonPath().getLong("id") + "/" + action);
  }

  @Test
  void theEmployeePlansAndTheSupervisorDecides() {
    String employee = agency.user("employee");
    String supervisor = agency.user("supervisor");
    Response created = api.as(employee).body(validPlan()).post("development-plans");
    created
        .then()
        .statusCode(201)
        .body("status", equalTo("DRAFT"))
        .body("employeeId", equalTo((int) agency.employeeA1))
        .body("gaps[0].code", equalTo("T.KUR"))
        .body("gaps[0].currentLevel", equalTo(1))
        .body("gaps[0].requiredLevel", equalTo(3))
        .body("activities[0].classCode", equalTo("IDP-K-A"))
        .body("activities[0].courseCode", equalTo("IDP-K"))
        .body("activities[0].plannedJp", equalTo(24))
        .body("activities[1].modality", equalTo("MENTORING"))
        .body("activities[1].classical", equalTo(false))
        .body("totalPlannedJp", equalTo(32))
        .body("canEdit", equalTo(true));
    long id = created.jsonPath().getLong("id");
    // One plan per person and year.
    api.as(employee).body(validPlan()).post("development-plans").then().statusCode(409);

    // Who sees it: the employee, the direct supervisor, HR; not a colleague, not another agency.
    api.as(supervisor).get("development-plans/" + id).then().statusCode(200).body("canDecide", equalTo(false));
    api.as(hr()).get("development-plans/" + id).then().statusCode(200).body("canEdit", equalTo(false));
    api.as(agency.user("employeeB")).get("development-plans/" + id).then().statusCode(404);
    api.as(agency.user("mentor")).get("development-plans/" + id).then().statusCode(404);
    api.as(agency.user("admin")).get("development-plans/" + id).then().statusCode(403);
    TestAgency other = TestAgency.create("IDO");
    api.as(other.user("hr")).get("development-plans/" + id).then().statusCode(404);
    api.as(agency.user("employeeB")).get("development-plans").then().statusCode(200).body("totalItems", equalTo(0));
    api.as(supervisor).get("development-plans").then().statusCode(200).body("items.id", hasItem((int) id));
    api.as(hr()).queryParam("unitId", agency.unitA).get("development-plans").then().body("items.id", hasItem((int) id));
    api.as(hr()).queryParam("unitId", agency.unitB).get("development-plans").then().body("totalItems", equalTo(0));

    // Only the employee changes it; If-Match is required and must be current.
    api.as(supervisor).header("If-Match", created.header("ETag")).body(validPlan()).put("development-plans/" + id).then().statusCode(403);
    api.as(employee).body(validPlan()).put("development-plans/" + id).then().statusCode(428);
    api.as(employee).header("If-Match", "\"99\"").body(validPlan()).put("development-plans/" + id).then().statusCode(412);
    // The supervisor cannot decide a draft.
    act(api.as(supervisor), created, "approve", null).then().statusCode(409);

    Response submitted = act(api.as(employee), created, "submit", null);
    submitted.then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedTo", equalTo((int) agency.supervisor)).body("canEdit", equalTo(false));
    api.as(employee).header("If-Match", submitted.header("ETag")).body(validPlan()).put("development-plans/" + id).then().statusCode(409);
    api.as(supervisor)
        .queryParam("unread", true)
        .get("notifications")
        .then()
        .body("items.topic", hasItem("DEVELOPMENT_PLAN_SUBMITTED"))
        .body("items.subjectId", hasItem((int) id));
    api.as(supervisor).queryParam("status", "SUBMITTED").get("development-plans").then().body("items.id", hasItem((int) id));
    // HR reads it, but the employee has a supervisor: HR does not decide. The employee never decides.
    act(api.as(hr()), submitted, "approve", null).then().statusCode(403);
    act(api.as(employee), submitted, "approve", null).then().statusCode(403);

    act(api.as(supervisor), submitted, "return", Map.of()).then().statusCode(400).body("errors.field", hasItem("reason"));
    Response returned = act(api.as(supervisor), submitted, "return", Map.of("reason", "Tambahkan kegiatan nonklasikal"));
    returned.then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("Tambahkan kegiatan nonklasikal"));
    api.as(employee).get("notifications").then().body("items.topic", hasItem("DEVELOPMENT_PLAN_RETURNED"));

    Map<String, Object> better = validPlan();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> activities = new java.util.ArrayList<>((List<Map<String, Object>>) better.get("activities"));
    activities.add(Map.of("kind", "NON_CLASSICAL", "modality", "ON_THE_JOB", "description", "Bimbingan di tempat kerja", "plannedJp", 10, "plannedQuarter", 4));
    better.put("activities", activities);
    Response edited = api.as(employee).header("If-Match", returned.header("ETag")).body(better).put("development-plans/" + id);
    edited.then().statusCode(200).body("status", equalTo("RETURNED")).body("totalPlannedJp", equalTo(42));
    Response again = act(api.as(employee), edited, "submit", null);
    again.then().statusCode(200).body("status", equalTo("SUBMITTED")).body("returnReason", nullValue());
    act(api.as(supervisor), edited, "approve", null).then().statusCode(412);
    Response approved = act(api.as(supervisor), again, "approve", null);
    approved.then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo(supervisor));
    act(api.as(supervisor), approved, "approve", null).then().statusCode(409);

    // Every step is in the audit trail of the person's record.
    api.as(hr())
        .queryParam("subjectType", "DevelopmentPlan")
        .queryParam("subjectId", id)
        .get("audit-entries")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(6));
  }

  @Test
  void gapsComeFromTheProfileAndActivitiesFromTheCatalog() {
    String employee = agency.user("employee");
    Response bad =
        api.as(employee)
            .body(
                plan(
                    List.of(Map.of("competencyId", met), Map.of("competencyId", shortFall, "targetLevel", 1)),
                    List.of(
                        Map.of("kind", "CLASS", "classId", 999_999_999L, "plannedQuarter", 1),
                        Map.of("kind", "NON_CLASSICAL", "modality", "WORKSHOP", "description", "Lokakarya", "plannedJp", 8, "plannedQuarter", 2),
                        Map.of("kind", "COURSE", "courseId", courseId, "plannedQuarter", 7),
                        Map.of("kind", "FLYING", "plannedQuarter", 1))))
            .post("development-plans");
    bad.then()
        .statusCode(400)
        .body(
            "errors.field",
            hasItems(
                "gaps[0].competencyId",
                "gaps[1].targetLevel",
                "activities[0].classId",
                "activities[1].modality",
                "activities[2].plannedQuarter",
                "activities[3].kind"));
    api.as(employee).get("development-plans").then().body("totalItems", equalTo(0));
    // An empty draft is fine, but is not submitted.
    Response empty = api.as(employee).body(Map.of()).post("development-plans");
    empty.then().statusCode(201).body("year", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).getYear()));
    act(api.as(employee), empty, "submit", null).then().statusCode(409).body("detail", containsString("at least one"));
    // An administrator has no plan of their own.
    api.as(agency.user("admin")).body(Map.of()).post("development-plans").then().statusCode(403);
  }

  @Test
  void withoutASupervisorAnotherHrManagerDecidesNeverTheOwner() {
    String hr2 = agency.code.toLowerCase() + "-hr2";
    api.as(agency.user("admin"))
        .body(Map.of("username", hr2, "password", HR2_PASSWORD, "employeeId", agency.mentor, "roles", List.of("HR_MANAGER", "EMPLOYEE")))
        .post("accounts")
        .then()
        .statusCode(201);
    RequestSpecification second = api.anonymous().auth().preemptive().basic(hr2, HR2_PASSWORD);
    // The HR manager has no supervisor; their own plan goes to the other HR managers.
    Response own =
        api.as(hr())
            .body(plan(List.of(Map.of("competencyId", shortFall)), List.of(Map.of("kind", "COURSE", "courseId", courseId, "plannedQuarter", 1))))
            .post("development-plans");
    own.then().statusCode(201);
    Response submitted = act(api.as(hr()), own, "submit", null);
    submitted.then().statusCode(200).body("submittedTo", nullValue());
    act(api.as(hr()), submitted, "approve", null).then().statusCode(403).body("detail", containsString("own"));
    api.anonymous().auth().preemptive().basic(hr2, HR2_PASSWORD).get("notifications").then().body("items.subjectId", hasItem(own.jsonPath().getInt("id")));
    api.as(hr()).get("notifications").then().body("items.subjectId", not(hasItem(own.jsonPath().getInt("id"))));
    act(second, submitted, "approve", null).then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo(hr2));
  }
}
