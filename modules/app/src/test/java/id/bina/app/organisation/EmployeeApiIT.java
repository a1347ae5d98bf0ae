package id.bina.app.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The employee API: roles, agency isolation, validation, optimistic concurrency and the audit trail. */
class EmployeeApiIT extends ApiTestBase {

  private static TestAgency agency;
  private static TestAgency other;

  @BeforeAll
  static void agencies() {
    agency = TestAgency.create("EMP");
    other = TestAgency.create("OTH");
  }

  private Map<String, Object> newEmployee(String nip, String name, long unitId) {
    return Map.of("nip", nip, "name", name, "rankGrade", "III/a", "unitId", unitId, "email", "pegawai@example.go.id");
  }

  private Response create(TestAgency in, String nip, String name, long unitId) {
    return api.as(in.user("hr")).body(newEmployee(nip, name, unitId)).post("employees");
  }

  @Test
  void withoutCredentialsTheApiAnswers401AsProblemJson() {
    api.anonymous()
        .get("employees")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Basic"))
        .body("status", equalTo(401));
  }

  @Test
  void aWrongPasswordIsRefused() {
    api.anonymous().auth().preemptive().basic(agency.user("hr"), "wrong").get("employees").then().statusCode(401);
  }

  @Test
  void repeatedWrongPasswordsThrottleTheAccountEvenForTheRightOne() {
    String target = agency.user("employeeB");
    for (int i = 0; i < 5; i++) {
      api.anonymous().auth().preemptive().basic(target, "tebakan-" + i).get("units").then().statusCode(401);
    }
    api.as(target)
        .get("units")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void anEmployeeMayNotListEveryone() {
    api.as(agency.user("employee"))
        .get("employees")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("title", equalTo("Forbidden"));
  }

  @Test
  void anEmployeeMayNotCreateEmployees() {
    api.as(agency.user("employee"))
        .body(newEmployee(TestAgency.freshNip(), "Tidak Boleh", agency.unitA))
        .post("employees")
        .then()
        .statusCode(403);
  }

  @Test
  void hrCreatesAnEmployeeAndReadsItBackWithItsVersionAndWhoMadeIt() {
    String nip = TestAgency.freshNip();
    Response created = create(agency, nip, "Siti Rahma", agency.unitA1);
    created.then().statusCode(201).header("ETag", equalTo("\"1\"")).header("Location", containsString("/api/v1/employees/"));
    long id = created.jsonPath().getLong("id");

    api.as(agency.user("hr"))
        .get("employees/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("nip", equalTo(nip))
        .body("name", equalTo("Siti Rahma"))
        .body("unit.id", equalTo((int) agency.unitA1))
        .body("unit.name", equalTo("Unit A1"))
        .body("createdBy", equalTo(agency.user("hr")))
        // The test agency is in WITA: times are shown in the agency's zone.
        .body("createdAt", containsString("+08:00"));
  }

  @Test
  void aBadNipIsAnsweredFieldByFieldAndNothingIsStored() throws Exception {
    String badNip = "19851301" + "201001" + "3" + "001"; // month 13, gender 3
    api.as(agency.user("hr"))
        .body(Map.of("nip", badNip, "name", "", "unitId", agency.unitA))
        .post("employees")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("nip"))
        .body("errors.field", hasItem("name"))
        .body("errors.find { it.field == 'nip' }.message", containsString("birth date"));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM platform.employee WHERE nip = ?", badNip));
  }

  @Test
  void aUnitOfAnotherAgencyIsRejected() {
    api.as(agency.user("hr"))
        .body(newEmployee(TestAgency.freshNip(), "Salah Unit", other.unitA))
        .post("employees")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("unitId"));
  }

  @Test
  void aDuplicateNipIsAConflict() {
    String nip = TestAgency.freshNip();
    create(agency, nip, "Pertama", agency.unitA).then().statusCode(201);
    create(agency, nip, "Kedua", agency.unitA)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void anotherAgencyGets404AndNeverTheData() {
    long id = create(agency, TestAgency.freshNip(), "Rahasia Instansi", agency.unitA).jsonPath().getLong("id");
    api.as(other.user("hr"))
        .get("employees/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body(not(containsString("Rahasia")));
    api.as(other.user("hr"))
        .header("If-Match", "\"1\"")
        .body(newEmployee(TestAgency.freshNip(), "Diubah", other.unitA))
        .put("employees/" + id)
        .then()
        .statusCode(404);
    api.as(other.user("hr"))
        .queryParam("q", "Rahasia Instansi")
        .get("employees")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }

  @Test
  void aStaleIfMatchGives412AndAMissingOneGives428() {
    long id = create(agency, TestAgency.freshNip(), "Budi Awal", agency.unitA).jsonPath().getLong("id");
    String nip = api.as(agency.user("hr")).get("employees/" + id).jsonPath().getString("nip");

    api.as(agency.user("hr"))
        .body(newEmployee(nip, "Tanpa Versi", agency.unitA))
        .put("employees/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");

    api.as(agency.user("hr"))
        .header("If-Match", "\"1\"")
        .body(newEmployee(nip, "Budi Kedua", agency.unitA))
        .put("employees/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("name", equalTo("Budi Kedua"));

    // A second writer still holding version 1 must not overwrite the first one's change.
    api.as(agency.user("admin"))
        .header("If-Match", "\"1\"")
        .body(newEmployee(nip, "Budi Ketiga", agency.unitA))
        .put("employees/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    api.as(agency.user("hr")).get("employees/" + id).then().body("name", equalTo("Budi Kedua"));
  }

  @Test
  void theAuditTrailRecordsWhoChangedWhat() {
    long id = create(agency, TestAgency.freshNip(), "Dewi Lama", agency.unitA).jsonPath().getLong("id");
    Response read = api.as(agency.user("hr")).get("employees/" + id);
    api.as(agency.user("hr"))
        .header("If-Match", read.header("ETag"))
        .body(newEmployee(read.jsonPath().getString("nip"), "Dewi Baru", agency.unitB))
        .put("employees/" + id)
        .then()
        .statusCode(200)
        .body("updatedBy", equalTo(agency.user("hr")));

    api.as(agency.user("hr"))
        .queryParam("subjectType", "Employee")
        .queryParam("subjectId", id)
        .get("audit-entries")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items[0].action", equalTo("UPDATE"))
        .body("items[0].actor", equalTo(agency.user("hr")))
        .body("items[0].changes.name.from", equalTo("Dewi Lama"))
        .body("items[0].changes.name.to", equalTo("Dewi Baru"))
        .body("items[0].changes.unitId.to", equalTo((int) agency.unitB))
        .body("items[1].action", equalTo("CREATE"));

    // Another agency's HR manager sees none of it; an employee may not read the trail at all.
    api.as(other.user("hr"))
        .queryParam("subjectType", "Employee")
        .queryParam("subjectId", id)
        .get("audit-entries")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    api.as(agency.user("employee")).get("audit-entries").then().statusCode(403);
  }

  @Test
  void aSupervisorSeesTheirUnitTreeButNotOtherUnits() {
    api.as(agency.user("supervisor")).get("employees/" + agency.employeeA1).then().statusCode(200);
    api.as(agency.user("supervisor")).get("employees/" + agency.employeeB).then().statusCode(404);
    api.as(agency.user("supervisor"))
        .queryParam("size", 200)
        .get("employees")
        .then()
        .statusCode(200)
        .body("items.unit.id", everyItem(org.hamcrest.Matchers.oneOf((int) agency.unitA, (int) agency.unitA1)));
  }

  @Test
  void anEmployeeSeesOnlyThemselves() {
    api.as(agency.user("employee")).get("employees/" + agency.employeeA1).then().statusCode(200);
    api.as(agency.user("employee")).get("employees/" + agency.supervisor).then().statusCode(404);
  }

  @Test
  void listsArePagedAndSearchableByNameAndNip() {
    String nip = TestAgency.freshNip();
    create(agency, nip, "Zulkifli Cari", agency.unitB).then().statusCode(201);
    api.as(agency.user("hr"))
        .queryParam("q", "zulkifli")
        .get("employees")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].nip", equalTo(nip));
    api.as(agency.user("hr"))
        .queryParam("q", nip.substring(0, 14))
        .get("employees")
        .then()
        .statusCode(200)
        .body("items.nip", hasItem(nip));
    api.as(agency.user("hr"))
        .queryParam("size", 2)
        .get("employees")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("size", equalTo(2));
    api.as(agency.user("hr"))
        .queryParam("size", 100_000)
        .get("employees")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("size"));
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstResult() throws Exception {
    String nip = TestAgency.freshNip();
    Map<String, Object> body = newEmployee(nip, "Sekali Saja", agency.unitA);
    Response first = api.as(agency.user("hr")).header("Idempotency-Key", "create-" + nip).body(body).post("employees");
    first.then().statusCode(201);
    api.as(agency.user("hr"))
        .header("Idempotency-Key", "create-" + nip)
        .body(body)
        .post("employees")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", equalTo(first.header("Location")))
        .body("id", equalTo(first.jsonPath().getInt("id")));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM platform.employee WHERE nip = ?", nip));

    // The same key for another request is a client error, not a replay.
    api.as(agency.user("hr"))
        .header("Idempotency-Key", "create-" + nip)
        .body(newEmployee(TestAgency.freshNip(), "Lain Lagi", agency.unitA))
        .post("employees")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void aReplayWhileTheFirstRequestRunsIsAConflict() throws Exception {
    String nip = TestAgency.freshNip();
    String json = "{\"nip\":\"" + nip + "\",\"name\":\"Masih Berjalan\",\"unitId\":" + agency.unitA + "}";
    // As if a first request with this key were still running on some node.
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO platform.idempotency_key (username, idempotency_key, request_hash, state) VALUES (?, ?, ?, 'IN_PROGRESS')")) {
      s.setString(1, agency.user("hr"));
      s.setString(2, "running-" + nip);
      s.setString(3, sha256("POST /api/v1/employees\n" + json));
      s.executeUpdate();
    }
    api.as(agency.user("hr"))
        .header("Idempotency-Key", "running-" + nip)
        .body(json)
        .post("employees")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM platform.employee WHERE nip = ?", nip));
  }

  @Test
  void idempotencyKeysBelongToTheirCaller() {
    String nip = TestAgency.freshNip();
    Map<String, Object> body = newEmployee(nip, "Kunci Pribadi", agency.unitA);
    api.as(agency.user("hr")).header("Idempotency-Key", "shared-" + nip).body(body).post("employees").then().statusCode(201);
    // The admin's request with the same key is a request of its own: it runs, and finds the NIP taken.
    api.as(agency.user("admin"))
        .header("Idempotency-Key", "shared-" + nip)
        .body(body)
        .post("employees")
        .then()
        .statusCode(409)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

}
