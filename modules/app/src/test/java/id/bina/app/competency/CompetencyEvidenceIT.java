package id.bina.app.competency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Competency evidence from submission to the profile: who is told, who may review, what a decision needs,
 * and that two reviewers deciding at once cannot both win.
 */
class CompetencyEvidenceIT extends ApiTestBase {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("EVD");
  }

  private long national(String code) {
    return api.as(agency.user("hr")).queryParam("q", code).get("competencies").jsonPath().getLong("items[0].id");
  }

  private Map<String, Object> body(long competency, int claimedLevel) {
    Map<String, Object> body = new HashMap<>();
    body.put("competencyId", competency);
    body.put("kind", "CERTIFICATE");
    body.put("title", "Sertifikat Pelatihan Integritas");
    body.put("issuedOn", TestAgency.today().minusMonths(2).toString());
    body.put("issuer", "BPSDM Provinsi");
    body.put("claimedLevel", claimedLevel);
    return body;
  }

  private Response submit(String as, long competency, int claimedLevel) {
    return api.as(as).body(body(competency, claimedLevel)).post("competency-evidence");
  }

  /** The test accounts share one password; the second HR manager made in a test has its own. */
  private static final String HR2_PASSWORD = "kata-sandi-panjang-hr2";

  private io.restassured.specification.RequestSpecification as(String username) {
    return username.endsWith("-hr2") ? api.anonymous().auth().preemptive().basic(username, HR2_PASSWORD) : api.as(username);
  }

  private Response act(String as, Response current, String action, Map<String, Object> body) {
    return act(as, current.jsonPath().getLong("id"), current.header("ETag"), action, body);
  }

  private Response act(String as, long evidence, String etag, String action, Map<String, Object> body) {
    var request = as(as).header("If-Match", etag);
    if (body != null) {
      request.body(body);
    }
    return request.post("competency-evidence/" + evidence + "/" + action);
  }

  private static long id(Response evidence) {
    return evidence.jsonPath().getLong("id");
  }

  @Test
  void acceptedEvidenceEntersTheProfileAndEveryoneConcernedIsTold() {
    long integritas = national("M.01");
    Response submitted = submit(agency.user("employee"), integritas, 3);
    submitted.then().statusCode(201).body("status", equalTo("WAITING")).body("competencyCode", equalTo("M.01")).body("file", nullValue());
    long evidence = id(submitted);

    // The direct supervisor learns that something waits for them, and finds it in their queue.
    api.as(agency.user("supervisor"))
        .queryParam("unread", true)
        .get("notifications")
        .then()
        .statusCode(200)
        .body("unread", equalTo(1))
        .body("items[0].topic", equalTo("EVIDENCE_SUBMITTED"))
        .body("items[0].subjectType", equalTo("CompetencyEvidence"))
        .body("items[0].subjectId", equalTo((int) evidence))
        .body("items[0].text", containsString("M.01"));
    api.as(agency.user("supervisor"))
        .queryParam("reviewable", true)
        .get("competency-evidence")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) evidence)))
        .body("items[0].employeeName", equalTo("Employee A1 " + agency.code));
    api.as(agency.user("employee")).get("competency-evidence").then().body("items.id", equalTo(List.of((int) evidence)));

    // The file: sent as raw bytes, checked by content, read back unchanged.
    Response attached =
        api.as(agency.user("employee"))
            .contentType("application/pdf")
            .header("If-Match", submitted.header("ETag"))
            .body(PDF)
            .put("competency-evidence/" + evidence + "/file");
    attached.then().statusCode(200).body("file.contentType", equalTo("application/pdf")).body("file.size", equalTo(PDF.length));
    Response file = api.as(agency.user("supervisor")).get("competency-evidence/" + evidence + "/file");
    file.then().statusCode(200).contentType("application/pdf");
    assertArrayEquals(PDF, file.asByteArray());

    Response taken = act(agency.user("supervisor"), attached, "review", null);
    taken.then().statusCode(200).body("status", equalTo("IN_REVIEW")).body("reviewer", equalTo(agency.user("supervisor")));
    // Taken by the supervisor: HR cannot decide on it now.
    act(agency.user("hr"), taken, "acceptance", Map.of()).then().statusCode(409).contentType("application/problem+json");

    Response accepted = act(agency.user("supervisor"), taken, "acceptance", Map.of("level", 2, "note", "Sesuai sertifikat"));
    accepted.then().statusCode(200).body("status", equalTo("ACCEPTED")).body("acceptedLevel", equalTo(2)).body("assessmentId", notNullValue());
    api.as(agency.user("employee")).get("competency-evidence/" + evidence).then().header("ETag", equalTo(accepted.header("ETag")));

    api.as(agency.user("employee"))
        .get("competency-profiles/" + agency.employeeA1)
        .then()
        .statusCode(200)
        .body("competencies.find { it.code == 'M.01' }.currentLevel", equalTo(2))
        .body("competencies.find { it.code == 'M.01' }.source.method", equalTo("TRAINING_EVIDENCE"))
        .body("competencies.find { it.code == 'M.01' }.source.assessor", equalTo(agency.user("supervisor")))
        .body("competencies.find { it.code == 'M.01' }.source.assessmentId", equalTo(accepted.jsonPath().getInt("assessmentId")));
    api.as(agency.user("employee"))
        .get("competency-profiles/" + agency.employeeA1 + "/assessments")
        .then()
        .body("items[0].evidenceNote", containsString("#" + evidence));

    api.as(agency.user("employee"))
        .get("notifications")
        .then()
        .body("items[0].topic", equalTo("EVIDENCE_ACCEPTED"))
        .body("items[0].text", containsString("level 2"));
    // Nothing waits for the supervisor any more; every step is in the audit trail; other modules are told.
    api.as(agency.user("supervisor")).queryParam("reviewable", true).get("competency-evidence").then().body("totalItems", equalTo(0));
    assertEquals(
        4,
        TestDatabase.count(
            "SELECT count(*) FROM platform.audit_entry WHERE subject_type = 'CompetencyEvidence' AND subject_id = ?", evidence));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM platform.outbox_message WHERE event_type = 'id.bina.competency.EvidenceAccepted' AND payload LIKE ?",
            "%\"evidenceId\":" + evidence + ",%"));
    // Decided evidence stays decided.
    act(agency.user("employee"), accepted, "withdrawal", null).then().statusCode(409);
  }

  @Test
  void aRejectionNeedsAReasonAndTheEmployeeIsToldIt() {
    Response submitted = submit(agency.user("employee"), national("M.02"), 4);
    act(agency.user("hr"), submitted, "rejection", Map.of())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("reason"));
    act(agency.user("hr"), submitted, "rejection", Map.of("reason", " "))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    api.as(agency.user("hr")).get("competency-evidence/" + id(submitted)).then().body("status", equalTo("WAITING"));

    act(agency.user("hr"), submitted, "rejection", Map.of("reason", "Sertifikat tidak terbaca"))
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("decisionNote", equalTo("Sertifikat tidak terbaca"));
    api.as(agency.user("employee"))
        .get("notifications")
        .then()
        .body("items[0].topic", equalTo("EVIDENCE_REJECTED"))
        .body("items[0].text", containsString("Sertifikat tidak terbaca"));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM competency.assessment WHERE employee_id = ?", agency.employeeA1));
  }

  @Test
  void nobodyReviewsTheirOwnEvidenceAndHrEvidenceGoesToAnotherHrManager() {
    long integritas = national("M.01");
    Response supervisorOwn = submit(agency.user("supervisor"), integritas, 3);
    act(agency.user("supervisor"), supervisorOwn, "review", null)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("own evidence"));
    act(agency.user("supervisor"), supervisorOwn, "acceptance", Map.of()).then().statusCode(403);

    // A second HR manager (the mentor's person); the first HR manager has no supervisor.
    String hr2 = agency.code.toLowerCase() + "-hr2";
    api.as(agency.user("admin"))
        .body(Map.of("username", hr2, "password", HR2_PASSWORD, "employeeId", agency.mentor, "roles", List.of("HR_MANAGER", "EMPLOYEE")))
        .post("accounts")
        .then()
        .statusCode(201);
    Response hrOwn = submit(agency.user("hr"), integritas, 4);
    long evidence = id(hrOwn);
    act(agency.user("hr"), hrOwn, "acceptance", Map.of()).then().statusCode(403);
    act(agency.user("hr"), hrOwn, "rejection", Map.of("reason", "tidak")).then().statusCode(403);
    api.as(agency.user("hr")).queryParam("reviewable", true).get("competency-evidence").then().body("items.id", org.hamcrest.Matchers.not(hasItem((int) evidence)));
    // Without a supervisor, the agency's other HR managers are told; not the submitter.
    as(hr2).get("notifications").then().statusCode(200).body("items.subjectId", hasItem((int) evidence));
    api.as(agency.user("hr")).get("notifications").then().body("items.subjectId", org.hamcrest.Matchers.not(hasItem((int) evidence)));
    as(hr2).queryParam("reviewable", true).get("competency-evidence").then().body("items.id", hasItem((int) evidence));
    act(hr2, hrOwn, "acceptance", Map.of()).then().statusCode(200).body("acceptedLevel", equalTo(4));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM competency.assessment WHERE employee_id = ?", agency.supervisor));
  }

  @Test
  void evidenceIsVisibleOnlyToItsSubmitterAndReviewers() {
    Response submitted = submit(agency.user("employee"), national("M.03"), 2);
    long evidence = id(submitted);
    TestAgency other = TestAgency.create("EVO");
    for (String outsider : List.of(other.user("hr"), other.user("supervisor"), agency.user("employeeB"), agency.user("mentor"))) {
      api.as(outsider).get("competency-evidence/" + evidence).then().statusCode(404).contentType("application/problem+json");
      api.as(outsider).get("competency-evidence/" + evidence + "/file").then().statusCode(404);
      act(outsider, submitted, "review", null).then().statusCode(404);
    }
    api.as(other.user("hr")).queryParam("reviewable", true).get("competency-evidence").then().body("totalItems", equalTo(0));
    api.as(agency.user("admin")).get("competency-evidence/" + evidence).then().statusCode(403);
    api.as(agency.user("employee")).queryParam("reviewable", true).get("competency-evidence").then().statusCode(403);
    api.as(agency.user("hr")).get("competency-evidence/" + evidence).then().statusCode(200).header("ETag", notNullValue());
    // No file yet.
    api.as(agency.user("employee")).get("competency-evidence/" + evidence + "/file").then().statusCode(404);
  }

  @Test
  void filesAreCheckedByContentAndOnlyWhileTheEvidenceWaits() {
    Response submitted = submit(agency.user("employee"), national("M.04"), 2);
    String path = "competency-evidence/" + id(submitted) + "/file";
    api.as(agency.user("employee"))
        .contentType("application/pdf")
        .header("If-Match", submitted.header("ETag"))
        .body("MZ this is a program, not a PDF".getBytes(StandardCharsets.US_ASCII))
        .put(path)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("file"));
    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
    api.as(agency.user("employee")).contentType("application/pdf").header("If-Match", submitted.header("ETag")).body(tooLarge).put(path)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("file"));
    api.as(agency.user("employee")).contentType("application/pdf").body(PDF).put(path).then().statusCode(428);
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM competency.evidence_file WHERE evidence_id = ?", id(submitted)));

    // A PNG sent as octet-stream is stored as what it is.
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    Response attached =
        api.as(agency.user("employee")).contentType("application/octet-stream").header("If-Match", submitted.header("ETag")).body(png).put(path);
    attached.then().statusCode(200).body("file.contentType", equalTo("image/png"));
    // A stale ETag changes nothing.
    api.as(agency.user("employee")).contentType("application/pdf").header("If-Match", submitted.header("ETag")).body(PDF).put(path)
        .then()
        .statusCode(412);
    api.as(agency.user("hr")).get(path).then().statusCode(200).contentType("image/png");

    Response withdrawn = act(agency.user("employee"), attached, "withdrawal", null);
    withdrawn.then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    api.as(agency.user("employee")).contentType("application/pdf").header("If-Match", withdrawn.header("ETag")).body(PDF).put(path)
        .then()
        .statusCode(409);
    act(agency.user("supervisor"), withdrawn, "review", null).then().statusCode(409);
    api.as(agency.user("supervisor")).post("competency-evidence/" + id(submitted) + "/review").then().statusCode(428);
  }

  @Test
  void twoReviewersAcceptingAtOnceCannotBothWin() throws Exception {
    long competency = national("M.05");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        Response submitted = submit(agency.user("employee"), competency, 3);
        // Read the answer here, once: two threads reading one Response's body at once race on its stream.
        long evidence = id(submitted);
        String etag = submitted.header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String reviewer : List.of(agency.user("hr"), agency.user("supervisor"))) {
          Callable<Integer> accept =
              () -> {
                start.await();
                return act(reviewer, evidence, etag, "acceptance", Map.of()).statusCode();
              };
          answers.add(pool.submit(accept));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
          statuses.add(answer.get());
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one acceptance wins: " + statuses);
        assertTrue(statuses.contains(412) || statuses.contains(409), "the other is refused: " + statuses);
        assertEquals(
            1,
            TestDatabase.count(
                "SELECT count(*) FROM competency.assessment WHERE evidence_note LIKE ?", "Bukti kompetensi #" + evidence + " %"));
        assertEquals(
            1,
            TestDatabase.count(
                "SELECT count(*) FROM platform.notification WHERE topic = 'EVIDENCE_ACCEPTED' AND subject_id = ?", evidence));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
