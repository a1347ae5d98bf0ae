package id.bina.app.mentoring;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mentoring over the live API: the matching score on known data, profile access granted to the mentor of an
 * active assignment, who sees what of a session log, JP only after the mentee's confirmation, the stalled
 * flag, requests passing from mentor to mentor, and feedback shown only from five answers.
 */
class MentoringIT extends ApiTestBase {

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final String CONFIRMED_EVENT = "id.bina.mentoring.MentoringSessionConfirmed";

  private TestAgency agency;
  private long integritas;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("MEN");
    integritas = api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private void assess(long employee, long competency, int level) {
    api.as(agency.user("hr"))
        .body(Map.of("competencyId", competency, "level", level, "method", "ASSESSMENT_CENTRE"))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .statusCode(201);
  }

  /** HR adds the employee to the pool offering the competencies (each first assessed at level 4) and approves. */
  private long mentor(long employee, int maxMentees, Long... competencies) {
    for (Long competency : competencies) {
      assess(employee, competency, 4);
    }
    Response applied =
        api.as(agency.user("hr"))
            .body(Map.of("employeeId", employee, "competencyIds", List.of(competencies), "maxMentees", maxMentees))
            .post("mentoring/mentors");
    applied.then().statusCode(201).body("status", equalTo("APPLIED"));
    api.as(agency.user("hr"))
        .header("If-Match", applied.header("ETag"))
        .post("mentoring/mentors/" + applied.jsonPath().getLong("id") + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    return applied.jsonPath().getLong("id");
  }

  private long programme(String unitRule) {
    return api.as(agency.user("hr"))
        .body(
            Map.of(
                "name", "Program " + NAMES.incrementAndGet(),
                "kind", "ONBOARDING",
                "durationMonths", 6,
                "targetSessionsPerMonth", 2,
                "jpPerSession", 1.5,
                "unitRule", unitRule))
        .post("mentoring/programmes")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private Response assign(long programme, long mentee, long mentor, LocalDate startsOn) {
    return api.as(agency.user("hr"))
        .body(Map.of("programmeId", programme, "menteeId", mentee, "mentorId", mentor, "startsOn", startsOn.toString()))
        .post("mentoring/assignments");
  }

  private long employee(String name, long unit) {
    return api.as(agency.user("hr"))
        .body(Map.of("nip", TestAgency.freshNip(), "name", name + " " + NAMES.incrementAndGet(), "unitId", unit))
        .post("employees")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private Response changeStatus(String as, long assignment, String status, String reason) {
    String etag = api.as(as).get("mentoring/assignments/" + assignment).header("ETag");
    Map<String, Object> body = new HashMap<>();
    body.put("status", status);
    if (reason != null) {
      body.put("reason", reason);
    }
    return api.as(as).header("If-Match", etag).body(body).post("mentoring/assignments/" + assignment + "/status");
  }

  private Response logSession(String as, long assignment, LocalDate date, Map<String, Object> more) {
    Map<String, Object> body = new HashMap<>(Map.of("assignmentId", assignment, "date", date.toString(), "durationMinutes", 90, "mode", "IN_PERSON"));
    body.putAll(more);
    return api.as(as).body(body).post("mentoring/sessions");
  }

  private static long creditedJp(long session) {
    return TestDatabase.count(
        "SELECT count(*) FROM training.jp_entry WHERE source = 'MENTORING_SESSION' AND source_ref = ?", Long.toString(session));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long confirmedEvents(long session) {
    return TestDatabase.count(
        "SELECT count(*) FROM platform.outbox_message WHERE event_type = ? AND payload ~ ?", CONFIRMED_EVENT, "\"sessionId\":" + session + "[,}]");
  }

  // ---- tests ---------------------------------------------------------------------------------------

  // ---- the MENTOR role follows the pool ------------------------------------------------------------

  /** A MENTOR-only call on an assignment that does not exist: 403 without the role, 404 with it. */
  private int mentorOnlyCall(String as) {
    return api.as(as).header("If-Match", "\"0\"").post("mentoring/assignments/999999999/acceptance").statusCode();
  }

  private Response withdraw(long poolEntry) {
    String path = "mentoring/mentors/" + poolEntry;
    return api.as(agency.user("hr")).header("If-Match", api.as(agency.user("hr")).get(path).header("ETag"))
        .body(Map.of("reason", "Mutasi")).post(path + "/withdrawal");
  }

  private long poolGrants(String username) {
    return TestDatabase.count(
        "SELECT count(*) FROM platform.role_grant g JOIN platform.user_account a ON a.id = g.user_id"
            + " WHERE a.username = ? AND g.role = 'MENTOR' AND g.source = 'MENTOR_POOL'",
        username);
  }

  @Test
  void approvalIntoThePoolGrantsTheMentorRoleAndLeavingItTakesBackOnlyWhatThePoolGave() {
    String b = agency.user("employeeB"); // an EMPLOYEE account only
    long programme = programme("ANY");
    assess(agency.employeeB, integritas, 4);
    Response offered = api.as(b).body(Map.of("competencyIds", List.of(integritas), "maxMentees", 2)).post("mentoring/mentors");
    offered.then().statusCode(201).body("status", equalTo("APPLIED"));
    long entry = offered.jsonPath().getLong("id");
    assertEquals(403, mentorOnlyCall(b), "no mentor before HR's approval");

    api.as(agency.user("hr")).header("If-Match", offered.header("ETag")).post("mentoring/mentors/" + entry + "/approval")
        .then().statusCode(200);
    assertEquals(404, mentorOnlyCall(b), "a mentor now");
    assertEquals(1, poolGrants(b));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.role_grant g JOIN platform.user_account a ON a.id = g.user_id"
            + " WHERE a.username = ? AND g.granted_by = ? AND g.granted_at > now() - interval '1 hour'", b, agency.user("hr")));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.audit_entry e JOIN platform.user_account a ON a.id = e.subject_id"
            + " WHERE e.subject_type = 'UserAccount' AND a.username = ? AND e.actor = ? AND e.changes LIKE '%granted by MENTOR_POOL%'",
        b, agency.user("hr")));
    // The mentee asks them; the new mentor accepts.
    Response requested =
        api.as(agency.user("employee")).body(Map.of("programmeId", programme, "mentorIds", List.of(entry))).post("mentoring/assignments/requests");
    requested.then().statusCode(201);
    long assignment = requested.jsonPath().getLong("id");
    api.as(b).header("If-Match", requested.header("ETag")).post("mentoring/assignments/" + assignment + "/acceptance")
        .then().statusCode(200).body("status", equalTo("ACTIVE"));

    // Withdrawn while the mentoring is under way: the role stays until it ends, then goes.
    withdraw(entry).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    assertEquals(404, mentorOnlyCall(b), "still mentoring");
    changeStatus(agency.user("hr"), assignment, "ENDED_EARLY", "Mentor dimutasi").then().statusCode(200);
    assertEquals(403, mentorOnlyCall(b), "the pool's grant is taken back with the last mentoring");
    assertEquals(0, poolGrants(b));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.audit_entry e JOIN platform.user_account a ON a.id = e.subject_id"
            + " WHERE e.subject_type = 'UserAccount' AND a.username = ? AND e.changes LIKE '%revoked by MENTOR_POOL%'", b));

    // Offered again and approved; withdrawn with nothing under way: 403 at once.
    String etag = api.as(b).get("mentoring/mentors/" + entry).header("ETag");
    Response again = api.as(b).header("If-Match", etag).body(Map.of("competencyIds", List.of(integritas), "maxMentees", 2)).put("mentoring/mentors/" + entry);
    again.then().statusCode(200).body("status", equalTo("APPLIED"));
    api.as(agency.user("hr")).header("If-Match", again.header("ETag")).post("mentoring/mentors/" + entry + "/approval").then().statusCode(200);
    assertEquals(404, mentorOnlyCall(b));
    withdraw(entry).then().statusCode(200);
    assertEquals(403, mentorOnlyCall(b));

    // The mentor account holds MENTOR by an administrator's hand: approval and withdrawal leave it alone.
    String handGranted = agency.user("mentor");
    long handEntry = mentor(agency.mentor, 2, integritas);
    assertEquals(0, poolGrants(handGranted), "the pool granted nothing: the role was there");
    withdraw(handEntry).then().statusCode(200);
    assertEquals(404, mentorOnlyCall(handGranted), "a hand-granted MENTOR role survives the withdrawal");
  }

  @Test
  void suggestionsRankByGapCoverageAndCapacityAndLeaveOutTheReportingLineAndFullMentors() {
    long tA = api.as(agency.user("hr")).body(CompetencyBodies.technical("T.MA")).post("competencies").jsonPath().getLong("id");
    long tB = api.as(agency.user("hr")).body(CompetencyBodies.technical("T.MB")).post("competencies").jsonPath().getLong("id");
    api.as(agency.user("hr"))
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of(Map.of("competencyId", tA, "requiredLevel", 4), Map.of("competencyId", tB, "requiredLevel", 3))))
        .put("positions/" + agency.position + "/competency-standard")
        .then()
        .statusCode(200);
    // The mentee employeeA1 falls 3 levels short in T.MA and 1 in T.MB: 4 levels of gap in all.
    assess(agency.employeeA1, tA, 1);
    assess(agency.employeeA1, tB, 2);
    // employeeA1 reports to the supervisor, who reports to a head: both are in the reporting line.
    long head = employee("Kepala", agency.rootUnit);
    try (var c = TestDatabase.connect();
        var s = c.prepareStatement("UPDATE platform.employee SET supervisor_id = ? WHERE id = ?")) {
      s.setLong(1, head);
      s.setLong(2, agency.supervisor);
      s.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    long both = mentor(agency.mentor, 2, tA, tB); // covers 4/4: 70 + 30 (2 of 2 free) = 100
    long onlyB = mentor(agency.employeeB, 1, tB); // covers 1/4: 17.5 + 30 = 47.5
    long colleague = mentor(agency.colleagueA1, 2, tA); // covers 3/4, one place taken: 52.5 + 15 = 67.5
    long supervisor = mentor(agency.supervisor, 3, tA);
    long aboveSupervisor = mentor(head, 3, tA);
    long full = mentor(employee("Penuh", agency.unitB), 1, tA);
    long other = programme("ANY");
    assign(other, employee("Mentee Lain", agency.unitB), colleague, TestAgency.today()).then().statusCode(201);
    assign(other, employee("Mentee Lain", agency.unitB), full, TestAgency.today()).then().statusCode(201);

    long programme = programme("ANY");
    JsonPath suggestions =
        api.as(agency.user("hr"))
            .queryParam("menteeId", agency.employeeA1)
            .get("mentoring/programmes/" + programme + "/suggestions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(both, colleague, onlyB), suggestions.getList("suggestions.mentorId", Long.class));
    assertEquals(List.of(100.0f, 67.5f, 47.5f), suggestions.getList("suggestions.score", Float.class));
    assertEquals(List.of(70.0f, 52.5f, 17.5f), suggestions.getList("suggestions.coveragePoints", Float.class));
    assertEquals(List.of(30.0f, 15.0f, 30.0f), suggestions.getList("suggestions.capacityPoints", Float.class));
    assertEquals(List.of(tA, tB), suggestions.getList("suggestions[0].coveredCompetencyIds", Long.class));
    assertEquals(List.of(tA, tB), suggestions.getList("menteeGaps.competencyId", Long.class));
    Map<Long, String> reasons = new HashMap<>();
    for (Map<String, Object> e : suggestions.<Map<String, Object>>getList("excluded")) {
      reasons.put(((Number) e.get("mentorId")).longValue(), (String) e.get("reason"));
    }
    assertEquals(Map.of(supervisor, "DIRECT_SUPERVISOR", aboveSupervisor, "REPORTING_LINE", full, "FULL"), reasons);

    // A programme for mentors from another unit leaves out the colleague in the mentee's own unit.
    long elsewhere = programme("DIFFERENT_UNIT");
    api.as(agency.user("hr"))
        .queryParam("menteeId", agency.employeeA1)
        .get("mentoring/programmes/" + elsewhere + "/suggestions")
        .then()
        .statusCode(200)
        .body("suggestions.mentorId", equalTo(List.of((int) both, (int) onlyB)))
        .body("excluded.find { it.mentorId == " + colleague + " }.reason", equalTo("UNIT_RULE"));

    // The same rules refuse a direct assignment; the mentee sees their own suggestions, not a colleague's.
    assign(programme, agency.employeeA1, aboveSupervisor, TestAgency.today()).then().statusCode(400).body("errors.field", hasItem("mentorId"));
    assign(programme, agency.employeeA1, full, TestAgency.today()).then().statusCode(409);
    api.as(agency.user("employee")).get("mentoring/programmes/" + programme + "/suggestions").then().statusCode(200)
        .body("suggestions[0].mentorId", equalTo((int) both));
    api.as(agency.user("employee")).queryParam("menteeId", agency.colleagueA1)
        .get("mentoring/programmes/" + programme + "/suggestions").then().statusCode(404);
  }

  @Test
  void aMentorOffersOnlyCompetenciesHeldAtLevelFourAndNobodyApprovesThemselves() {
    assess(agency.mentor, integritas, 3);
    api.as(agency.user("mentor"))
        .body(Map.of("competencyIds", List.of(integritas), "maxMentees", 2))
        .post("mentoring/mentors")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("competencyIds"));
    assess(agency.mentor, integritas, 4);
    api.as(agency.user("mentor"))
        .body(Map.of("competencyIds", List.of(integritas), "maxMentees", 2, "availability", "Rabu pagi"))
        .post("mentoring/mentors")
        .then()
        .statusCode(201)
        .body("status", equalTo("APPLIED"));
    // HR's own application (on a self-assessment) is refused approval by HR themself.
    api.as(agency.user("hr")).body(Map.of("competencyId", integritas, "level", 4, "method", "SELF"))
        .post("competency-profiles/" + agency.hrManager + "/assessments").then().statusCode(201);
    Response own = api.as(agency.user("hr")).body(Map.of("competencyIds", List.of(integritas), "maxMentees", 1)).post("mentoring/mentors");
    own.then().statusCode(201);
    api.as(agency.user("hr")).header("If-Match", own.header("ETag"))
        .post("mentoring/mentors/" + own.jsonPath().getLong("id") + "/approval").then().statusCode(403);
    assertEquals(2, TestDatabase.count("SELECT count(*) FROM platform.audit_entry WHERE agency_id = ? AND subject_type = 'Mentor'", agency.id));
  }

  @Test
  void theMentorOfAnActiveAssignmentReadsTheMenteesProfileButNeverAssessesIt() {
    long mentor = mentor(agency.mentor, 2, integritas);
    String profile = "competency-profiles/" + agency.employeeA1;
    api.as(agency.user("mentor")).get(profile).then().statusCode(404);
    long programme = programme("ANY");
    Response created = assign(programme, agency.employeeA1, mentor, TestAgency.today());
    long assignment = created.then().statusCode(201).extract().jsonPath().getLong("id");
    assign(programme, agency.employeeA1, mentor, TestAgency.today()).then().statusCode(409); // one open mentoring per programme
    api.as(agency.user("mentor")).get(profile).then().statusCode(200).body("employeeId", equalTo((int) agency.employeeA1));
    api.as(agency.user("mentor"))
        .body(Map.of("competencyId", integritas, "level", 3, "method", "SUPERVISOR"))
        .post(profile + "/assessments")
        .then()
        .statusCode(403);
    // Only an active mentoring grants it: paused, and then ended, the profile is out of reach again.
    changeStatus(agency.user("employee"), assignment, "PAUSED", null).then().statusCode(200);
    api.as(agency.user("mentor")).header("If-Match", created.header("ETag")).body(Map.of("status", "ACTIVE"))
        .post("mentoring/assignments/" + assignment + "/status").then().statusCode(412); // a stale version changes nothing
    api.as(agency.user("mentor")).get(profile).then().statusCode(404);
    changeStatus(agency.user("mentor"), assignment, "ACTIVE", null).then().statusCode(200);
    api.as(agency.user("mentor")).get(profile).then().statusCode(200);
    changeStatus(agency.user("employee"), assignment, "ENDED_EARLY", null).then().statusCode(400).body("errors.field", hasItem("reason"));
    changeStatus(agency.user("employee"), assignment, "ENDED_EARLY", "Pindah tugas").then().statusCode(200).body("endReason", equalTo("Pindah tugas"));
    api.as(agency.user("mentor")).get(profile).then().statusCode(404);
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM competency.assessment WHERE employee_id = ? AND assessor = ?", agency.employeeA1, agency.user("mentor")));
  }

  @Test
  void eachReaderSeesOnlyWhatIsTheirsOfASessionLog() {
    long mentor = mentor(agency.mentor, 2, integritas);
    long otherMentor = mentor(agency.employeeB, 2, integritas);
    long programme = programme("ANY");
    long assignment = assign(programme, agency.employeeA1, mentor, TestAgency.today().minusDays(10)).jsonPath().getLong("id");
    assign(programme, agency.colleagueA1, otherMentor, TestAgency.today().minusDays(10)).then().statusCode(201);
    Response logged =
        logSession(
            agency.user("mentor"), assignment, TestAgency.today().minusDays(1),
            Map.of(
                "topics", "Kode etik ASN",
                "competencyIds", List.of(integritas),
                "sharedSummary", "Membahas dilema etika di unit kerja",
                "privateNotes", "RAHASIA-MENTOR: ragu berbicara di rapat",
                "actions", List.of(Map.of("text", "Membaca kode etik", "dueOn", TestAgency.today().plusDays(7).toString()))));
    logged.then().statusCode(201).body("privateNotes", equalTo("RAHASIA-MENTOR: ragu berbicara di rapat"));
    long session = logged.jsonPath().getLong("id");
    String path = "mentoring/sessions/" + session;

    api.as(agency.user("mentor")).get(path).then().statusCode(200)
        .body("privateNotes", notNullValue()).body("sharedSummary", notNullValue());
    api.as(agency.user("employee")).get(path).then().statusCode(200)
        .body("sharedSummary", equalTo("Membahas dilema etika di unit kerja"))
        .body("privateNotes", nullValue())
        .body("actions[0].text", equalTo("Membaca kode etik"));
    api.as(agency.user("employee")).queryParam("assignmentId", assignment).get("mentoring/sessions").then().statusCode(200)
        .body("totalItems", equalTo(1)).body("items[0].privateNotes", nullValue());
    api.as(agency.user("hr")).get(path).then().statusCode(200)
        .body("date", equalTo(TestAgency.today().minusDays(1).toString()))
        .body("durationMinutes", equalTo(90))
        .body("sharedSummary", nullValue())
        .body("privateNotes", nullValue())
        .body("topics", nullValue())
        .body("actions", nullValue());
    api.as(agency.user("employeeB")).get(path).then().statusCode(404); // the other mentor
    api.as(agency.user("supervisor")).get(path).then().statusCode(404); // the mentee's supervisor
    TestAgency other = TestAgency.create("MEO");
    api.as(other.user("hr")).get(path).then().statusCode(404);
    api.as(other.user("mentor")).get(path).then().statusCode(404);
    api.as(agency.user("employeeB")).queryParam("assignmentId", assignment).get("mentoring/sessions").then().statusCode(404);
    // The audit trail, which HR reads, says the notes changed, never what they say.
    String etag = api.as(agency.user("mentor")).get(path).header("ETag");
    api.as(agency.user("mentor")).body(Map.of("durationMinutes", 90, "mode", "IN_PERSON", "date", TestAgency.today().minusDays(1).toString(),
            "privateNotes", "RAHASIA-MENTOR: sudah lebih percaya diri"))
        .put(path).then().statusCode(428);
    api.as(agency.user("mentor")).header("If-Match", etag)
        .body(Map.of("durationMinutes", 90, "mode", "IN_PERSON", "date", TestAgency.today().minusDays(1).toString(),
            "privateNotes", "RAHASIA-MENTOR: sudah lebih percaya diri"))
        .put(path).then().statusCode(200).body("privateNotes", equalTo("RAHASIA-MENTOR: sudah lebih percaya diri"));
    api.as(agency.user("mentor")).header("If-Match", etag)
        .body(Map.of("durationMinutes", 60, "mode", "ONLINE", "date", TestAgency.today().minusDays(1).toString()))
        .put(path).then().statusCode(412);
    assertEquals(2, TestDatabase.count("SELECT count(*) FROM platform.audit_entry WHERE subject_type = 'MentoringSession' AND subject_id = ?", session));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM platform.audit_entry WHERE agency_id = ? AND changes LIKE '%RAHASIA%'", agency.id));
  }

  @Test
  void aSessionBeforeTheAssignmentStartedIsRefusedFieldByField() {
    long mentor = mentor(agency.mentor, 2, integritas);
    LocalDate start = TestAgency.today().minusDays(3);
    long assignment = assign(programme("ANY"), agency.employeeA1, mentor, start).jsonPath().getLong("id");
    logSession(agency.user("mentor"), assignment, start.minusDays(1), Map.of())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("date")));
    logSession(agency.user("employee"), assignment, start, Map.of()).then().statusCode(403);
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM mentoring.session WHERE assignment_id = ?", assignment));
    logSession(agency.user("mentor"), assignment, start, Map.of()).then().statusCode(201);
  }

  @Test
  void aSessionCountsTowardJpOnlyOnceTheMenteeConfirmsIt() {
    long mentor = mentor(agency.mentor, 2, integritas);
    long assignment = assign(programme("ANY"), agency.employeeA1, mentor, TestAgency.today().minusDays(5)).jsonPath().getLong("id");
    Response logged = logSession(agency.user("mentor"), assignment, TestAgency.today().minusDays(2), Map.of());
    long session = logged.jsonPath().getLong("id");
    assertEquals(0, confirmedEvents(session));
    String path = "mentoring/sessions/" + session + "/confirmation";
    api.as(agency.user("mentor")).header("If-Match", logged.header("ETag")).post(path).then().statusCode(403);
    api.as(agency.user("hr")).header("If-Match", logged.header("ETag")).post(path).then().statusCode(403);
    assertEquals(0, confirmedEvents(session));
    Response confirmed = api.as(agency.user("employee")).header("If-Match", logged.header("ETag")).post(path);
    confirmed.then().statusCode(200).body("confirmed", equalTo(true));
    assertEquals(1, confirmedEvents(session));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM platform.outbox_message WHERE event_type = ? AND payload ~ ? AND payload ~ ? AND payload ~ ?",
            CONFIRMED_EVENT, "\"sessionId\":" + session + "[,}]", "\"employeeId\":" + agency.employeeA1 + "[,}]", "\"jp\":1\\.50?[,}]"));
    api.as(agency.user("employee")).header("If-Match", confirmed.header("ETag")).post(path).then().statusCode(409);
    assertEquals(1, confirmedEvents(session));
    // The outbox delivers the event after the commit; the training module's ledger then holds 1.5 JP, once.
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (creditedJp(session) == 0 && System.nanoTime() < deadline) {
      sleep(200);
    }
    assertEquals(1, creditedJp(session));
    api.as(agency.user("employee")).get("jp/mine").then().statusCode(200).body("total", equalTo(1.5f));
    // A confirmed session keeps the date and duration its JP rests on.
    api.as(agency.user("mentor")).header("If-Match", confirmed.header("ETag"))
        .body(Map.of("durationMinutes", 240, "mode", "IN_PERSON", "date", TestAgency.today().minusDays(2).toString()))
        .put("mentoring/sessions/" + session).then().statusCode(409);
  }

  @Test
  void hrSeesTargetsOverdueActionsAndStalledAssignments() {
    long mentor = mentor(agency.mentor, 3, integritas);
    long programme = programme("ANY");
    LocalDate fiveWeeksAgo = TestAgency.today().minusWeeks(5);
    long quiet = assign(programme, agency.employeeA1, mentor, fiveWeeksAgo).jsonPath().getLong("id");
    long busy = assign(programme, agency.colleagueA1, mentor, fiveWeeksAgo).jsonPath().getLong("id");
    logSession(agency.user("mentor"), busy, TestAgency.today().minusWeeks(1),
            Map.of("actions", List.of(
                Map.of("text", "Menyusun rencana kerja", "dueOn", TestAgency.today().minusDays(1).toString()),
                Map.of("text", "Presentasi", "dueOn", TestAgency.today().minusDays(1).toString(), "status", "DONE"))))
        .then().statusCode(201);
    JsonPath board =
        api.as(agency.user("hr")).queryParam("programmeId", programme).get("mentoring/follow-up").then().statusCode(200).extract().jsonPath();
    assertEquals(2, board.getInt("totalItems"));
    assertEquals(quiet, board.getLong("items[0].assignmentId")); // stalled first
    assertEquals(true, board.getBoolean("items[0].stalled"));
    assertEquals(0, board.getInt("items[0].sessionsHeld"));
    assertEquals(busy, board.getLong("items[1].assignmentId"));
    assertEquals(false, board.getBoolean("items[1].stalled"));
    assertEquals(1, board.getInt("items[1].sessionsHeld"));
    assertEquals(0, board.getInt("items[1].sessionsConfirmed"));
    assertEquals(1, board.getInt("items[1].overdueActions"));
    // Five weeks in, the second month has begun: 2 months x 2 sessions expected.
    assertEquals(4, board.getInt("items[1].sessionsExpected"));
    assertEquals(true, board.getBoolean("items[1].behindTarget"));
    api.as(agency.user("hr")).queryParam("programmeId", programme).queryParam("stalled", true).get("mentoring/follow-up")
        .then().statusCode(200).body("items.assignmentId", equalTo(List.of((int) quiet)));
    // A paused mentoring is not chased.
    changeStatus(agency.user("employee"), quiet, "PAUSED", null).then().statusCode(200);
    api.as(agency.user("hr")).queryParam("programmeId", programme).queryParam("stalled", true).get("mentoring/follow-up")
        .then().statusCode(200).body("totalItems", equalTo(0));
    api.as(agency.user("mentor")).get("mentoring/follow-up").then().statusCode(403);
  }

  @Test
  void aWithdrawnMentorLeavesThePoolButFinishesTheMentoringsUnderWay() {
    long withdrawn = mentor(agency.mentor, 3, integritas);
    long next = mentor(agency.employeeB, 3, integritas);
    long programme = programme("ANY");
    long underWay = assign(programme, agency.colleagueA1, withdrawn, TestAgency.today().minusDays(10)).jsonPath().getLong("id");
    Response requested =
        api.as(agency.user("employee"))
            .body(Map.of("programmeId", programme, "mentorIds", List.of(withdrawn, next)))
            .post("mentoring/assignments/requests");
    requested.then().statusCode(201).body("mentorId", equalTo((int) withdrawn));

    String path = "mentoring/mentors/" + withdrawn;
    String etag = api.as(agency.user("hr")).get(path).header("ETag");
    api.as(agency.user("employee")).header("If-Match", etag).body(Map.of("reason", "x")).post(path + "/withdrawal").then().statusCode(403);
    api.as(agency.user("hr")).header("If-Match", "\"999\"").body(Map.of()).post(path + "/withdrawal").then().statusCode(412);
    api.as(agency.user("hr"))
        .header("If-Match", etag)
        .body(Map.of("reason", "Pindah tugas ke daerah"))
        .post(path + "/withdrawal")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawnBy", equalTo(agency.user("hr")))
        .body("withdrawalReason", equalTo("Pindah tugas ke daerah"))
        .body("withdrawnAt", notNullValue());

    // Out of the pool: not suggested, not assignable, not listed for others; the request passed to the next mentor.
    api.as(agency.user("hr")).queryParam("menteeId", agency.employeeB).get("mentoring/programmes/" + programme + "/suggestions")
        .then().statusCode(200).body("suggestions.mentorId", equalTo(List.of()))
        .body("excluded.mentorId", equalTo(List.of((int) next)));
    assign(programme(("ANY")), agency.employeeB, withdrawn, TestAgency.today()).then().statusCode(400).body("errors.field", hasItem("mentorId"));
    api.as(agency.user("employeeB")).get("mentoring/mentors").then().statusCode(200).body("items.id", equalTo(List.of((int) next)));
    api.as(agency.user("employee")).get("mentoring/assignments/" + requested.jsonPath().getLong("id"))
        .then().statusCode(200).body("status", equalTo("REQUESTED")).body("mentorId", equalTo((int) next));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'MENTOR_WITHDRAWN'", agency.mentor));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.audit_entry WHERE subject_type = 'Mentor' AND subject_id = ? AND changes::text LIKE '%WITHDRAWN%'", withdrawn));

    // The mentoring under way goes on: the mentor still logs its sessions.
    logSession(agency.user("mentor"), underWay, TestAgency.today().minusDays(1), Map.of()).then().statusCode(201);

    // Offering again is a new application; the mentor takes themself out too.
    Response offered = api.as(agency.user("mentor")).header("If-Match", api.as(agency.user("mentor")).get(path).header("ETag"))
        .body(Map.of("competencyIds", List.of(integritas), "maxMentees", 3)).put(path);
    offered.then().statusCode(200).body("status", equalTo("APPLIED")).body("withdrawnAt", nullValue());
    api.as(agency.user("mentor")).header("If-Match", offered.header("ETag")).body(Map.of()).post(path + "/withdrawal")
        .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawalReason", nullValue());
  }

  @Test
  void aRequestPassesFromMentorToMentorUntilOneAccepts() {
    long first = mentor(agency.employeeB, 2, integritas);
    long second = mentor(agency.mentor, 2, integritas);
    long third = mentor(employee("Ketiga", agency.unitB), 2, integritas);
    Response requested =
        api.as(agency.user("employee"))
            .body(Map.of("programmeId", programme("ANY"), "mentorIds", List.of(first, third, second)))
            .post("mentoring/assignments/requests");
    requested.then().statusCode(201).body("status", equalTo("REQUESTED")).body("mentorId", equalTo((int) first));
    long id = requested.jsonPath().getLong("id");
    String path = "mentoring/assignments/" + id;
    // The second-ranked mentor is not asked yet.
    api.as(agency.user("mentor")).get(path).then().statusCode(404);
    api.as(agency.user("employeeB")).header("If-Match", requested.header("ETag")).post(path + "/declination")
        .then().statusCode(200).body("mentorId", equalTo((int) third));
    // The third-ranked lets the days pass (moved back in the database): on the next read it is the next one's turn.
    try (var c = TestDatabase.connect();
        var s = c.prepareStatement("UPDATE mentoring.assignment SET request_deadline = now() - interval '1 minute' WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    Response waiting = api.as(agency.user("mentor")).get(path);
    waiting.then().statusCode(200).body("status", equalTo("REQUESTED")).body("mentorId", equalTo((int) second));
    api.as(agency.user("employee")).header("If-Match", waiting.header("ETag")).post(path + "/acceptance").then().statusCode(403);
    api.as(agency.user("mentor")).header("If-Match", waiting.header("ETag")).post(path + "/acceptance")
        .then().statusCode(200).body("status", equalTo("ACTIVE")).body("startsOn", equalTo(TestAgency.today().toString()));
    api.as(agency.user("mentor")).get("competency-profiles/" + agency.employeeA1).then().statusCode(200);
  }

  @Test
  void theAgreementIsMeasuredAndFeedbackIsShownOnlyFromFiveAnswers() {
    long mentor = mentor(agency.mentor, 10, integritas);
    for (int i = 1; i <= 5; i++) {
      long assignment = assign(programme("ANY"), agency.employeeA1, mentor, TestAgency.today().minusDays(30)).jsonPath().getLong("id");
      String path = "mentoring/assignments/" + assignment;
      if (i == 1) {
        // Goals and sessions name competencies of the agency's dictionary.
        String etag = api.as(agency.user("employee")).get(path).header("ETag");
        api.as(agency.user("employee")).header("If-Match", etag)
            .body(Map.of("goals", List.of(Map.of("competencyId", 987_654_321L, "targetLevel", 4, "dueOn", TestAgency.today().plusMonths(2).toString())),
                "actionPlan", "Rencana"))
            .put(path + "/agreement").then().statusCode(400).body("errors.field", equalTo(List.of("goals[0].competencyId")));
        logSession(agency.user("mentor"), assignment, TestAgency.today().minusDays(1), Map.of("competencyIds", List.of(integritas, 987_654_321L)))
            .then().statusCode(400).body("errors.field", equalTo(List.of("competencyIds[1]")));
        // Goals with the mentee's own rating; both sign; the mentor re-rates at the end, then it completes.
        etag = api.as(agency.user("employee")).header("If-Match", etag)
            .body(Map.of("goals", List.of(Map.of("competencyId", integritas, "targetLevel", 4, "dueOn", TestAgency.today().plusMonths(2).toString(), "selfLevel", 2)),
                "actionPlan", "Memimpin satu rapat koordinasi"))
            .put(path + "/agreement").then().statusCode(200).extract().header("ETag");
        api.as(agency.user("hr")).get(path).then().statusCode(200).body("agreement", nullValue());
        api.as(agency.user("mentor")).header("If-Match", etag).body(Map.of("goals", List.of(Map.of("competencyId", integritas, "finalLevel", 3))))
            .put(path + "/final-assessment").then().statusCode(409); // not signed yet
        etag = api.as(agency.user("employee")).header("If-Match", etag).post(path + "/agreement/signature").then().statusCode(200).extract().header("ETag");
        etag = api.as(agency.user("mentor")).header("If-Match", etag).post(path + "/agreement/signature").then().statusCode(200).extract().header("ETag");
        etag = api.as(agency.user("mentor")).header("If-Match", etag).body(Map.of("goals", List.of(Map.of("competencyId", integritas, "finalLevel", 3))))
            .put(path + "/final-assessment").then().statusCode(200)
            .body("agreement.goals[0].selfLevel", equalTo(2)).body("agreement.goals[0].finalLevel", equalTo(3))
            .extract().header("ETag");
        api.as(agency.user("mentor")).header("If-Match", etag).body(Map.of("status", "COMPLETED")).post(path + "/status")
            .then().statusCode(200).body("status", equalTo("COMPLETED"));
        // Progress is measured: from self-rating 2 to 3 at the end, short of the target 4.
        api.as(agency.user("hr")).get("mentoring/follow-up/goal-outcomes").then().statusCode(200)
            .body("totalItems", equalTo(1))
            .body("items[0].assignmentId", equalTo((int) assignment))
            .body("items[0].selfLevel", equalTo(2))
            .body("items[0].finalLevel", equalTo(3))
            .body("items[0].targetLevel", equalTo(4))
            .body("items[0].reached", equalTo(false));
      }
      api.as(agency.user("mentor")).body(Map.of("answers", List.of(5, 5, 5, 5, 5))).post(path + "/feedback").then().statusCode(403);
      api.as(agency.user("employee")).body(Map.of("answers", List.of(i == 5 ? 2 : 4, 5, 4, 3, 5))).post(path + "/feedback").then().statusCode(204);
      api.as(agency.user("employee")).body(Map.of("answers", List.of(4, 5, 4, 3, 5))).post(path + "/feedback").then().statusCode(409);
      if (i == 4) {
        api.as(agency.user("mentor")).get("mentoring/mentors/" + mentor + "/feedback").then().statusCode(200)
            .body("available", equalTo(false)).body("responses", nullValue()).body("questions[0].average", nullValue());
      }
    }
    api.as(agency.user("mentor")).get("mentoring/mentors/" + mentor + "/feedback").then().statusCode(200)
        .body("available", equalTo(true)).body("responses", equalTo(5))
        .body("questions[0].average", equalTo(3.6f)).body("questions[3].average", equalTo(3.0f));
    api.as(agency.user("employeeB")).get("mentoring/mentors/" + mentor + "/feedback").then().statusCode(404);
    // Nothing stored with the answers names the mentee or the assignment.
    assertEquals(5, TestDatabase.count("SELECT count(*) FROM mentoring.feedback WHERE agency_id = ?", agency.id));
    assertEquals(
        0,
        TestDatabase.count(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'mentoring' AND table_name = 'feedback'"
                + " AND column_name NOT IN ('id', 'agency_id', 'programme_id', 'mentor_id', 'q1', 'q2', 'q3', 'q4', 'q5')"));
  }

  @Test
  void aProgrammesFeedbackCountsEveryMentorWhileEachMentorsOwnStaysBelowTheMinimum() {
    long mentor = mentor(agency.mentor, 10, integritas);
    long mentorB = mentor(agency.employeeB, 10, integritas);
    long programme = programme("ANY");
    Map<String, Long> menteesOfMentor =
        Map.of("employee", agency.employeeA1, "supervisor", agency.supervisor, "hr", agency.hrManager, "employeeB", agency.employeeB);
    for (Map.Entry<String, Long> mentee : menteesOfMentor.entrySet()) {
      long assignment = assign(programme, mentee.getValue(), mentor, TestAgency.today().minusDays(20)).then().statusCode(201).extract().jsonPath().getLong("id");
      api.as(agency.user(mentee.getKey())).body(Map.of("answers", List.of(4, 4, 4, 4, 4))).post("mentoring/assignments/" + assignment + "/feedback")
          .then().statusCode(204);
    }
    // The mentor is mentee of employeeB in the same programme: the fifth answer, on another mentor.
    long own = assign(programme, agency.mentor, mentorB, TestAgency.today().minusDays(20)).then().statusCode(201).extract().jsonPath().getLong("id");
    api.as(agency.user("mentor")).body(Map.of("answers", List.of(2, 2, 2, 2, 2))).post("mentoring/assignments/" + own + "/feedback")
        .then().statusCode(204);
    api.as(agency.user("hr")).get("mentoring/programmes/" + programme + "/feedback").then().statusCode(200)
        .body("available", equalTo(true)).body("responses", equalTo(5)).body("mentorId", nullValue())
        .body("questions.average", equalTo(List.of(3.6f, 3.6f, 3.6f, 3.6f, 3.6f)));
    api.as(agency.user("hr")).queryParam("programmeId", programme).get("mentoring/mentors/" + mentor + "/feedback").then().statusCode(200)
        .body("available", equalTo(false)).body("responses", nullValue());
    api.as(agency.user("employee")).get("mentoring/programmes/" + programme + "/feedback").then().statusCode(403);
  }
}
