package id.bina.app.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TrainingBodies;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Enrolment, attendance, completion, the JP ledger and certificates over HTTP, on a real PostgreSQL: the seat
 * race, idempotent repeats, waitlist promotion, approval rules, refusals, completion with JP and certificate.
 */
class EnrolmentIT extends ApiTestBase {

  private static final AtomicInteger CODES = new AtomicInteger();

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("ENR");
  }

  private String hr() {
    return agency.user("hr");
  }

  /** An open class of a fresh course, {@code capacity} seats, two sessions {@code daysAhead} from now. */
  private long openClass(int capacity, int daysAhead) {
    return openClass(TrainingBodies.course("ENR-" + CODES.incrementAndGet()), capacity, daysAhead);
  }

  private long openClass(Map<String, Object> courseBody, int capacity, int daysAhead) {
    long course = TrainingBodies.publishedCourse(api, hr(), courseBody).jsonPath().getLong("id");
    Map<String, Object> body = TrainingBodies.trainingClass(course, "K-" + CODES.incrementAndGet(), daysAhead);
    body.put("capacity", capacity);
    return TrainingBodies.trainingClass(api, hr(), body, "open").jsonPath().getLong("id");
  }

  private Response request(String user, long classId) {
    return api.as(user).body(Map.of("classId", classId)).post("enrolments");
  }

  @Test
  void aHundredAndTwentyPeopleRaceForTenSeats() throws Exception {
    long k = openClass(10, 40);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      people.add(person("Peserta " + i));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(40);
    List<Future<Integer>> answers = new ArrayList<>();
    for (String user : people) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return request(user, k).statusCode();
              }));
    }
    start.countDown();
    for (Future<Integer> answer : answers) {
      assertEquals(201, answer.get());
    }
    pool.shutdown();

    assertEquals(120, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ?", k));
    assertEquals(120, TestDatabase.count("SELECT count(DISTINCT employee_id) FROM training.enrolment WHERE class_id = ?", k));
    assertEquals(10, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ? AND status = 'PENDING_APPROVAL'", k));
    assertEquals(110, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ? AND status = 'WAITLISTED'", k));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM training.training_class WHERE id = ? AND seats_taken = 10 AND pool_seats_taken = 10", k));
    // First come, first served: the seats went to arrivals 1-10, the waitlist follows arrival order.
    assertEquals(10, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ? AND status = 'PENDING_APPROVAL' AND arrival <= 10", k));
    Map<Long, String> byArrival = new HashMap<>();
    for (String user : people) {
      Response mine = api.as(user).get("enrolments");
      mine.then().statusCode(200).body("totalItems", equalTo(1));
      if ("WAITLISTED".equals(mine.jsonPath().getString("items[0].status"))) {
        long position = mine.jsonPath().getLong("items[0].waitlistPosition");
        long arrival = arrivalOf(mine.jsonPath().getLong("items[0].id"));
        assertEquals(arrival - 10, position, "waitlist position follows arrival");
      }
      byArrival.put(arrivalOf(mine.jsonPath().getLong("items[0].id")), user);
    }

    // A repeat changes nothing and answers the same enrolment; a retry with an Idempotency-Key is replayed.
    String first = byArrival.get(1L);
    Response again = request(first, k);
    again.then().statusCode(200).body("created", equalTo(false)).body("status", equalTo("PENDING_APPROVAL"));
    Response keyed = api.as(first).header("Idempotency-Key", "enrol-" + k).body(Map.of("classId", k)).post("enrolments");
    Response replayed = api.as(first).header("Idempotency-Key", "enrol-" + k).body(Map.of("classId", k)).post("enrolments");
    replayed.then().statusCode(keyed.statusCode()).header("Idempotent-Replayed", "true");
    assertEquals(120, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ?", k));

    // Withdrawal frees the seat and promotes the first waitlisted person, in the same transaction.
    long firstId = again.jsonPath().getLong("id");
    api.as(first).header("If-Match", again.header("ETag")).post("enrolments/" + firstId + "/withdrawal")
        .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    Response promoted = api.as(byArrival.get(11L)).get("enrolments");
    promoted.then().body("items[0].status", equalTo("PENDING_APPROVAL"));
    Response next = api.as(byArrival.get(12L)).get("enrolments");
    next.then().body("items[0].status", equalTo("WAITLISTED")).body("items[0].waitlistPosition", equalTo(1));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM training.training_class WHERE id = ? AND seats_taken = 10", k));
    assertTrue(
        TestDatabase.count(
                "SELECT count(*) FROM platform.notification n JOIN training.enrolment e ON e.id = n.subject_id"
                    + " WHERE e.class_id = ? AND e.arrival = 11 AND n.topic = 'ENROLMENT_PROMOTED'", k)
            == 1);
    // Withdrawn, the person may ask again: a new enrolment at the end of the waitlist.
    request(first, k).then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(110));
  }

  @Test
  void moreSeatsGoToTheWaitlistInOrderEvenDuringARaceAndFewerThanTakenIsRefused() throws Exception {
    long k = openClass(5, 45);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      people.add(person("Antre " + i));
    }
    String tag = api.as(hr()).get("classes/" + k).header("ETag");
    // Thirty requests and HR's raise to 8 seats at the same time: whatever the interleaving, the 8 earliest
    // arrivals hold the seats and nobody else.
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Integer>> answers = new ArrayList<>();
    for (String user : people) {
      answers.add(pool.submit(() -> {
        start.await();
        return request(user, k).statusCode();
      }));
    }
    Future<Response> raise = pool.submit(() -> {
      start.await();
      return api.as(hr()).header("If-Match", tag).body(Map.of("capacity", 8)).put("classes/" + k + "/capacity");
    });
    start.countDown();
    for (Future<Integer> answer : answers) {
      assertEquals(201, answer.get());
    }
    raise.get().then().log().ifValidationFails().statusCode(200).body("capacity", equalTo(8));
    pool.shutdown();
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM training.training_class WHERE id = ? AND capacity = 8 AND seats_taken = 8", k));
    assertEquals(8, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ? AND status = 'PENDING_APPROVAL'", k));
    assertEquals(8, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ? AND status = 'PENDING_APPROVAL' AND arrival <= 8", k));
    assertEquals(22, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ? AND status = 'WAITLISTED'", k));

    // Two more seats afterwards: arrivals 9 and 10 are promoted and told, 11 is now first on the waitlist.
    Response current = api.as(hr()).get("classes/" + k);
    api.as(hr()).header("If-Match", current.header("ETag")).body(Map.of("capacity", 10)).put("classes/" + k + "/capacity")
        .then().statusCode(200).body("capacity", equalTo(10)).body("seatsTaken", equalTo(10)).body("seatsLeft", equalTo(0));
    assertEquals(2, TestDatabase.count(
        "SELECT count(*) FROM training.enrolment WHERE class_id = ? AND status = 'PENDING_APPROVAL' AND arrival IN (9, 10)", k));
    assertEquals(2, TestDatabase.count(
        "SELECT count(*) FROM platform.notification n JOIN training.enrolment e ON e.id = n.subject_id"
            + " WHERE e.class_id = ? AND e.arrival IN (9, 10) AND n.topic = 'ENROLMENT_PROMOTED'", k));
    assertEquals(0, TestDatabase.count(
        "SELECT count(*) FROM platform.notification n JOIN training.enrolment e ON e.id = n.subject_id"
            + " WHERE e.class_id = ? AND e.arrival > 10 AND n.topic = 'ENROLMENT_PROMOTED'", k));
    long eleventh = TestDatabase.count("SELECT id FROM training.enrolment WHERE class_id = ? AND arrival = 11", k);
    api.as(hr()).get("enrolments/" + eleventh).then().body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

    // Fewer seats than are taken: a clear conflict, nothing changed; a stale version is refused too.
    current = api.as(hr()).get("classes/" + k);
    api.as(hr()).header("If-Match", current.header("ETag")).body(Map.of("capacity", 9)).put("classes/" + k + "/capacity")
        .then().statusCode(409).contentType(startsWith("application/problem+json")).body("detail", containsString("10 seats already taken"));
    api.as(hr()).header("If-Match", current.header("ETag")).body(Map.of()).put("classes/" + k + "/capacity")
        .then().statusCode(400).body("errors[0].field", equalTo("capacity"));
    api.as(hr()).header("If-Match", tag).body(Map.of("capacity", 12)).put("classes/" + k + "/capacity").then().statusCode(412);
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM training.training_class WHERE id = ? AND capacity = 10 AND seats_taken = 10", k));
    api.as(agency.user("employee")).header("If-Match", current.header("ETag")).body(Map.of("capacity", 12))
        .put("classes/" + k + "/capacity").then().statusCode(403);
  }

  @Test
  void theSupervisorDecidesNobodyDecidesTheirOwnAndRejectionPromotes() {
    long k = openClass(1, 60);
    Response mine = request(agency.user("employee"), k);
    mine.then().statusCode(201).body("status", equalTo("PENDING_APPROVAL")).body("approverEmployeeId", equalTo((int) agency.supervisor));
    long id = mine.jsonPath().getLong("id");
    request(agency.user("mentor"), k).then().statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

    api.as(agency.user("supervisor")).get("enrolments/waiting-for-me").then().statusCode(200)
        .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
    // HR is not the approver of someone with a supervisor.
    api.as(hr()).header("If-Match", mine.header("ETag")).post("enrolments/" + id + "/approval").then().statusCode(403);
    api.as(agency.user("supervisor")).header("If-Match", mine.header("ETag")).body(Map.of()).post("enrolments/" + id + "/rejection")
        .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    api.as(agency.user("supervisor")).header("If-Match", mine.header("ETag")).body(Map.of("reason", "Tugas kantor mendesak"))
        .post("enrolments/" + id + "/rejection").then().statusCode(200).body("status", equalTo("REJECTED"))
        .body("decisionReason", equalTo("Tugas kantor mendesak"));
    Response mentor = api.as(agency.user("mentor")).get("enrolments");
    mentor.then().body("items[0].status", equalTo("PENDING_APPROVAL")).body("items[0].approverEmployeeId", equalTo(null));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'ENROLMENT_REJECTED'", agency.employeeA1));
    assertTrue(TestDatabase.count(
        "SELECT count(*) FROM platform.audit_entry WHERE subject_type = 'Enrolment' AND subject_id = ?", id) >= 2);

    // The supervisor's own request: nobody approves their own (without a supervisor, HR decides).
    long other = openClass(5, 90);
    Response own = request(agency.user("supervisor"), other);
    api.as(agency.user("supervisor")).header("If-Match", own.header("ETag")).post("enrolments/" + own.jsonPath().getLong("id") + "/approval")
        .then().statusCode(403);

    // A class that asks HR to confirm: approved, then confirmed by HR.
    long confirmed = openClass(5, 120);
    String rulesTag = api.as(hr()).get("class-rules/" + confirmed).then().statusCode(200).body("attendanceThreshold", equalTo(80))
        .extract().header("ETag");
    api.as(hr()).header("If-Match", rulesTag).body(Map.of("hrConfirmation", true, "attendanceThreshold", 75))
        .put("class-rules/" + confirmed).then().statusCode(200).body("hrConfirmation", equalTo(true));
    Response request = request(agency.user("employee"), confirmed);
    long rid = request.jsonPath().getLong("id");
    Response approved = api.as(agency.user("supervisor")).header("If-Match", request.header("ETag")).post("enrolments/" + rid + "/approval");
    approved.then().statusCode(200).body("status", equalTo("APPROVED"));
    api.as(hr()).header("If-Match", approved.header("ETag")).post("enrolments/" + rid + "/confirmation")
        .then().statusCode(200).body("status", equalTo("CONFIRMED"));
    api.as(hr()).header("If-Match", approved.header("ETag")).post("enrolments/" + rid + "/confirmation").then().statusCode(412);
  }

  @Test
  void clashesPrerequisitesAndOtherAgenciesAreRefused() {
    long k = openClass(5, 50);
    request(agency.user("employee"), k).then().statusCode(201);
    // Another class whose first session overlaps (same day, 10:00-14:00).
    long course = TrainingBodies.publishedCourse(api, hr(), TrainingBodies.course("ENR-" + CODES.incrementAndGet())).jsonPath().getLong("id");
    Map<String, Object> body = TrainingBodies.trainingClass(course, "K-" + CODES.incrementAndGet(), 50);
    LocalDate day = TestAgency.today().plusDays(50);
    body.put("sessions", List.of(Map.of("date", day.toString(), "startsAt", "10:00", "endsAt", "14:00")));
    long clashing = TrainingBodies.trainingClass(api, hr(), body, "open").jsonPath().getLong("id");
    request(agency.user("employee"), clashing).then().statusCode(409).body("detail", containsString("clash"));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM training.enrolment WHERE class_id = ?", clashing));
    request(agency.user("employeeB"), clashing).then().statusCode(201);

    // The class as iCalendar: one event per session, 08:00-12:00 WITA (UTC+8) written in UTC.
    String ics = api.as(agency.user("employee")).get("classes/" + k + "/calendar.ics").then().statusCode(200)
        .contentType(containsString("text/calendar")).extract().asString();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
    assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
    String compact = day.toString().replace("-", "");
    assertTrue(ics.contains("DTSTART:" + compact + "T000000Z") && ics.contains("DTEND:" + compact + "T040000Z"), ics);
    assertTrue(ics.contains("LOCATION:Aula Pusdiklat"), ics);

    // Prerequisite: a course that needs another completed, and a competency level.
    long required = TrainingBodies.publishedCourse(api, hr(), TrainingBodies.course("ENR-" + CODES.incrementAndGet())).jsonPath().getLong("id");
    Map<String, Object> advanced = TrainingBodies.course("ENR-" + CODES.incrementAndGet());
    long integritas = api.as(hr()).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    advanced.put("prerequisites", Map.of("courseIds", List.of(required), "competencies", List.of(Map.of("competencyId", integritas, "minLevel", 3))));
    long advancedClass = openClass(advanced, 5, 70);
    request(agency.user("employee"), advancedClass).then().statusCode(409)
        .body("detail", containsString("Prerequisites")).body("detail", containsString("M.01"));

    // Eligibility by position class.
    Map<String, Object> forLeaders = TrainingBodies.course("ENR-" + CODES.incrementAndGet());
    forLeaders.put("eligibility", Map.of("positionClasses", List.of("ADMINISTRATOR")));
    request(agency.user("employee"), openClass(forLeaders, 5, 80)).then().statusCode(409).body("detail", containsString("ADMINISTRATOR"));

    // A class not open for enrolment.
    long draftCourse = TrainingBodies.publishedCourse(api, hr(), TrainingBodies.course("ENR-" + CODES.incrementAndGet())).jsonPath().getLong("id");
    long draft = TrainingBodies.trainingClass(api, hr(), TrainingBodies.trainingClass(draftCourse, "K-" + CODES.incrementAndGet(), 100))
        .jsonPath().getLong("id");
    request(agency.user("employee"), draft).then().statusCode(404);

    // Another agency sees nothing of this one.
    TestAgency other = TestAgency.create("ENO");
    request(other.user("employee"), k).then().statusCode(404);
    long mine = api.as(agency.user("employee")).get("enrolments").jsonPath().getLong("items[0].id");
    api.as(other.user("hr")).get("enrolments/" + mine).then().statusCode(404);
    api.as(agency.user("employeeB")).get("enrolments/" + mine).then().statusCode(404);
    api.as(other.user("hr")).get("class-attendance/" + k).then().statusCode(404);
  }

  @Test
  void completionCreditsJpIssuesACertificateAndListsWhoIsBelowTarget() throws Exception {
    // The supervisor trains this class: a trainer records attendance like HR. The course builds Integritas to level 3.
    long integritas = api.as(hr()).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    String courseCode = "ENR-" + CODES.incrementAndGet();
    Map<String, Object> courseBody =
        TrainingBodies.course(courseCode, "Pelatihan " + courseCode, "Kursus", "CLASSROOM", 24, List.of(TrainingBodies.target(integritas, 3)));
    long course = TrainingBodies.publishedCourse(api, hr(), courseBody).jsonPath().getLong("id");
    Map<String, Object> classBody = TrainingBodies.trainingClass(course, "K-" + CODES.incrementAndGet(), 20);
    classBody.put("trainers", List.of(Map.of("employeeId", agency.supervisor)));
    long k = TrainingBodies.trainingClass(api, hr(), classBody, "open").jsonPath().getLong("id");
    String rulesTag = api.as(hr()).get("class-rules/" + k).header("ETag");
    api.as(hr()).header("If-Match", rulesTag).body(Map.of("attendanceThreshold", 80, "passingScore", 70, "certificateValidityMonths", 1))
        .put("class-rules/" + k).then().statusCode(200);
    Response a = request(agency.user("employee"), k);
    Response b = request(agency.user("employeeB"), k);
    Response c = request(agency.user("mentor"), k);
    api.as(agency.user("supervisor")).header("If-Match", a.header("ETag")).post("enrolments/" + a.jsonPath().getLong("id") + "/approval")
        .then().statusCode(200).body("status", equalTo("CONFIRMED"));
    api.as(hr()).header("If-Match", b.header("ETag")).post("enrolments/" + b.jsonPath().getLong("id") + "/approval")
        .then().statusCode(200).body("status", equalTo("CONFIRMED"));
    api.as(hr()).header("If-Match", c.header("ETag")).post("enrolments/" + c.jsonPath().getLong("id") + "/approval")
        .then().statusCode(200);
    String tag = api.as(hr()).get("classes/" + k).header("ETag");
    tag = api.as(hr()).header("If-Match", tag).post("classes/" + k + "/start").then().statusCode(200).extract().header("ETag");

    // Employee A1: both sessions and 85 points; employee B: one session of two (50 %); mentor: all, but 60 points.
    api.as(hr()).body(Map.of("presentEmployeeIds", List.of(agency.employeeA1, agency.employeeB, agency.mentor)))
        .put("class-attendance/" + k + "/sessions/0").then().statusCode(200);
    api.as(agency.user("supervisor")).body(Map.of("presentEmployeeIds", List.of(agency.employeeA1, agency.mentor)))
        .put("class-attendance/" + k + "/sessions/1").then().statusCode(200);
    api.as(agency.user("supervisor")).get("class-attendance/" + k).then().statusCode(200)
        .body("participants.size()", equalTo(3)).body("participants.find { it.employeeId == " + agency.employeeB + " }.attended", equalTo(List.of(0)));
    api.as(hr()).body(Map.of("presentEmployeeIds", List.of(agency.supervisor)))
        .put("class-attendance/" + k + "/sessions/1").then().statusCode(400);
    api.as(hr()).body(Map.of("scores", List.of(
            Map.of("employeeId", agency.employeeA1, "score", 85), Map.of("employeeId", agency.mentor, "score", 60))))
        .put("class-attendance/" + k + "/post-test").then().statusCode(200);
    api.as(agency.user("employee")).get("class-attendance/" + k).then().statusCode(403);
    api.as(hr()).header("If-Match", tag).post("classes/" + k + "/complete").then().statusCode(200);

    api.as(agency.user("employee")).get("enrolments/" + a.jsonPath().getLong("id")).then()
        .body("status", equalTo("COMPLETED")).body("attendancePercent", equalTo(100.0f));
    api.as(agency.user("employeeB")).get("enrolments/" + b.jsonPath().getLong("id")).then()
        .body("status", equalTo("NOT_COMPLETED")).body("attendancePercent", equalTo(50.0f));
    api.as(agency.user("mentor")).get("enrolments/" + c.jsonPath().getLong("id")).then().body("status", equalTo("NOT_COMPLETED"));

    // JP: 24 for the one who completed; the year is the agency's calendar year.
    int year = LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).getYear();
    api.as(agency.user("employee")).get("jp/mine").then().statusCode(200)
        .body("year", equalTo(year)).body("total", equalTo(24.0f)).body("target", equalTo(20)).body("targetReached", equalTo(true))
        .body("entries[0].source", equalTo("TRAINING_CLASS"));
    api.as(agency.user("employeeB")).get("jp/mine").then().body("total", equalTo(0)).body("remaining", equalTo(20));
    Response below = api.as(hr()).get("jp/below-target");
    below.then().statusCode(200).body("totalItems", equalTo(5)).body("target", equalTo(20));
    assertTrue(!below.jsonPath().getList("items.employeeId", Long.class).contains(agency.employeeA1));
    api.as(hr()).queryParam("unitId", agency.unitA).get("jp/below-target").then().body("totalItems", equalTo(2));
    api.as(hr()).queryParam("unitId", agency.unitA1).get("jp/below-target.csv").then().statusCode(200)
        .body(containsString("Colleague A1")).body(org.hamcrest.Matchers.not(containsString("Employee A1")));
    api.as(hr()).get("jp/below-target.xlsx").then().statusCode(200);
    TestAgency other = TestAgency.create("ENJ");
    api.as(other.user("hr")).queryParam("unitId", agency.unitA).get("jp/below-target").then().statusCode(404);

    // The certificate: listed for its holder, verified publicly with the name partly hidden, PDF for holder and HR.
    Response certificates = api.as(agency.user("employee")).get("certificates");
    // Valid for one month after the last session: a certification already in its last 90 days.
    String lastDay = api.as(hr()).get("classes/" + k).jsonPath().getString("lastSessionOn");
    certificates.then().statusCode(200).body("size()", equalTo(1)).body("[0].jp", equalTo(24))
        .body("[0].validUntil", equalTo(LocalDate.parse(lastDay).plusMonths(1).toString())).body("[0].validity", equalTo("EXPIRING"));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'CERTIFICATE_EXPIRING'", agency.employeeA1));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'CERTIFICATE_EXPIRING'", agency.supervisor));
    String number = certificates.jsonPath().getString("[0].number");
    api.anonymous().get("certificates/" + number + "/verification").then().statusCode(200)
        .body("valid", equalTo(true)).body("validity", equalTo("EXPIRING")).body("holder", startsWith("Em****** A1")).body("jp", equalTo(24));
    api.anonymous().get("certificates/BINA-2026-0000-0000-0000/verification").then().statusCode(200).body("valid", equalTo(false));
    byte[] pdf = api.as(agency.user("employee")).get("certificates/" + number + "/pdf").then().statusCode(200).extract().asByteArray();
    assertTrue(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    String printed = pdfText(pdf);
    assertTrue(printed.contains(number), printed);
    assertTrue(printed.contains("Employee A1 " + agency.code), printed);
    api.as(hr()).get("certificates/" + number + "/pdf").then().statusCode(200);
    api.as(agency.user("employeeB")).get("certificates/" + number + "/pdf").then().statusCode(404);
    api.as(other.user("hr")).get("certificates/" + number + "/pdf").then().statusCode(404);

    // The completed-training evidence event, once per completion.
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.outbox_message WHERE event_type = 'id.bina.training.TrainingCompleted' AND agency_id = ?", agency.id));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'TRAINING_COMPLETED'", agency.employeeA1));

    // Completion records "completed training" evidence for Integritas level 3 in the competency module, for the
    // supervisor to review; only for the one who completed, and it changes no level by itself.
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM competency.evidence WHERE agency_id = ? AND kind = 'TRAINING_COMPLETION'", agency.id));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM competency.evidence WHERE employee_id = ? AND competency_id = ? AND kind = 'TRAINING_COMPLETION'"
            + " AND status = 'WAITING' AND claimed_level = 3 AND source_ref = ?",
        agency.employeeA1, integritas, "training-enrolment:" + a.jsonPath().getLong("id")));
    assertEquals(0, TestDatabase.count(
        "SELECT count(*) FROM competency.assessment WHERE employee_id = ? AND method = 'TRAINING_EVIDENCE'", agency.employeeA1));
    Response waiting = api.as(agency.user("supervisor")).queryParam("reviewable", true).get("competency-evidence");
    waiting.then().statusCode(200).body("items.find { it.kind == 'TRAINING_COMPLETION' }.title", containsString(courseCode))
        .body("items.find { it.kind == 'TRAINING_COMPLETION' }.claimedLevel", equalTo(3));
    api.as(agency.user("employee")).get("competency-evidence").then()
        .body("items.find { it.kind == 'TRAINING_COMPLETION' }.status", equalTo("WAITING"));
    // Nobody submits such evidence by hand.
    api.as(agency.user("employeeB")).body(Map.of("competencyId", integritas, "kind", "TRAINING_COMPLETION", "title", "Klaim",
            "issuedOn", TestAgency.today().toString(), "claimedLevel", 3)).post("competency-evidence")
        .then().statusCode(400).body("errors[0].field", equalTo("kind"));

    // The SIASN training history: one row per completed class by NIP, dates as SIASN's records carry them.
    String nip = api.as(hr()).get("employees/" + agency.employeeA1).jsonPath().getString("nip");
    LocalDate firstDay = LocalDate.parse(api.as(hr()).get("classes/" + k).jsonPath().getString("firstSessionOn"));
    String history =
        api.as(hr()).queryParam("from", firstDay.minusDays(1).toString()).queryParam("to", lastDay)
            .get("jp/siasn-training-history.csv").then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
    String[] historyRows = history.split("\r\n");
    assertEquals(2, historyRows.length, history);
    assertEquals(
        "nip,nama,namaKursus,jenisDiklatId,jenisKursus,jenisKursusSertipikat,jumlahJam,tanggalKursus,tanggalSelesaiKursus,"
            + "tahunKursus,institusiPenyelenggara,nomorSertipikat,lokasiId,instansiId,binaJenisPelatihan,binaBentuk,binaKodePelatihan",
        historyRows[0]);
    java.time.format.DateTimeFormatter siasnDate = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    assertEquals(
        nip + ",Employee A1 " + agency.code + ",Pelatihan " + courseCode + ",,,,24," + firstDay.format(siasnDate) + ","
            + LocalDate.parse(lastDay).format(siasnDate) + "," + LocalDate.parse(lastDay).getYear() + ",Pusdiklat," + number
            + ",,,TECHNICAL,CLASSROOM," + courseCode,
        historyRows[1]);
    // A period before the class, or someone who completed nothing: the header only.
    assertEquals(1, api.as(hr()).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").get("jp/siasn-training-history.csv")
        .asString().split("\r\n").length);
    assertEquals(1, api.as(hr()).queryParam("from", firstDay.minusDays(1).toString()).queryParam("to", lastDay)
        .queryParam("employeeId", agency.employeeB).get("jp/siasn-training-history.csv").asString().split("\r\n").length);
    api.as(hr()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("jp/siasn-training-history.csv")
        .then().statusCode(400).body("errors[0].field", equalTo("from"));
    api.as(agency.user("supervisor")).get("jp/siasn-training-history.csv").then().statusCode(403);
    // Another agency's HR manager sees none of it, and not this agency's people.
    String theirs = api.as(other.user("hr")).queryParam("from", firstDay.minusDays(1).toString()).queryParam("to", lastDay)
        .get("jp/siasn-training-history.csv").then().statusCode(200).extract().asString();
    assertTrue(!theirs.contains(nip), theirs);
    api.as(other.user("hr")).queryParam("employeeId", agency.employeeA1).get("jp/siasn-training-history.csv").then().statusCode(404);
  }

  @Test
  void hrRecordsOutsideJpOnceAndTheBelowTargetListFollows() {
    String day = LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).withDayOfYear(1).toString();
    Map<String, Object> seminar =
        Map.of("employeeId", agency.employeeB, "day", day, "jp", 12.5, "title", "Seminar nasional", "reference", "SK-17");
    api.as(hr()).body(seminar).post("jp/entries").then().statusCode(201);
    api.as(hr()).body(seminar).post("jp/entries").then().statusCode(200);
    api.as(agency.user("employeeB")).get("jp/mine").then().body("total", equalTo(12.5f)).body("entries.size()", equalTo(1))
        .body("targetReached", equalTo(false)).body("remaining", equalTo(7.5f));
    api.as(hr()).queryParam("size", 200).get("jp/below-target").then().body("totalItems", equalTo(6))
        .body("items[5].employeeId", equalTo((int) agency.employeeB)).body("items[5].shortBy", equalTo(7.5f));
    api.as(hr()).body(Map.of("employeeId", agency.employeeB, "day", day, "jp", 8, "title", "Magang", "reference", "SK-18"))
        .post("jp/entries").then().statusCode(201);
    api.as(agency.user("employeeB")).get("jp/mine").then().body("total", equalTo(20.5f)).body("targetReached", equalTo(true));
    api.as(hr()).get("jp/below-target").then().body("totalItems", equalTo(5));

    api.as(hr()).body(Map.of("employeeId", agency.employeeB, "day", day, "jp", 0, "title", "Nol", "reference", "SK-19"))
        .post("jp/entries").then().statusCode(400).body("errors[0].field", equalTo("jp"));
    api.as(hr()).body(Map.of("employeeId", agency.employeeB, "day", TestAgency.today().plusDays(3).toString(), "jp", 2, "title", "Nanti", "reference", "SK-20"))
        .post("jp/entries").then().statusCode(400).body("errors[0].field", equalTo("day"));
    api.as(hr()).body(Map.of("employeeId", agency.hrManager, "day", day, "jp", 2, "title", "Sendiri", "reference", "SK-21"))
        .post("jp/entries").then().statusCode(403);
    assertEquals(2, TestDatabase.count("SELECT count(*) FROM training.jp_entry WHERE agency_id = ?", agency.id));
    // Non-classical hours are converted at the route's JP equivalence (none configured here: 1 JP = 45 minutes).
    api.as(hr()).body(Map.of("employeeId", agency.supervisor, "day", day, "modality", "COACHING", "hours", 3, "title", "Coaching", "reference", "SK-22"))
        .post("jp/entries").then().statusCode(201);
    api.as(agency.user("supervisor")).get("jp/mine").then().body("total", equalTo(4.0f));
    api.as(hr()).body(Map.of("employeeId", agency.supervisor, "day", day, "modality", "GOLF", "hours", 3, "title", "Golf", "reference", "SK-23"))
        .post("jp/entries").then().statusCode(400).body("errors[0].field", equalTo("modality"));
    api.as(hr()).body(Map.of("employeeId", agency.supervisor, "day", day, "title", "Tanpa JP", "reference", "SK-24"))
        .post("jp/entries").then().statusCode(400).body("errors[0].field", equalTo("jp"));

    // A class whose waitlist puts the fewest JP this year first: the mentor (0 JP) passes employee B (20.5 JP).
    long k = openClass(1, 150);
    String rulesTag = api.as(hr()).get("class-rules/" + k).header("ETag");
    api.as(hr()).header("If-Match", rulesTag).body(Map.of("waitlistPriority", "FEWEST_JP")).put("class-rules/" + k)
        .then().statusCode(200).body("waitlistPriority", equalTo("FEWEST_JP"));
    Response seat = request(agency.user("employee"), k);
    request(agency.user("employeeB"), k).then().body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
    request(agency.user("mentor"), k).then().body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
    api.as(agency.user("employeeB")).get("enrolments").then().body("items[0].waitlistPosition", equalTo(2));
    api.as(agency.user("employee")).header("If-Match", seat.header("ETag")).post("enrolments/" + seat.jsonPath().getLong("id") + "/withdrawal")
        .then().statusCode(200);
    api.as(agency.user("mentor")).get("enrolments").then().body("items[0].status", equalTo("PENDING_APPROVAL"));
    api.as(agency.user("employeeB")).get("enrolments").then().body("items[0].status", equalTo("WAITLISTED")).body("items[0].waitlistPosition", equalTo(1));
  }

  private static long arrivalOf(long enrolmentId) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("SELECT arrival FROM training.enrolment WHERE id = ?")) {
      s.setLong(1, enrolmentId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh employee of unit A1 (supervisor: the agency's supervisor) with an EMPLOYEE account; its username. */
  private String person(String name) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long employee;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO platform.employee (id, agency_id, nip, name, unit_id, position_id, supervisor_id, created_at, created_by, updated_at, updated_by)"
                  + " VALUES (nextval('platform.employee_seq'), ?, ?, ?, ?, ?, ?, now(), 'fixture', now(), 'fixture') RETURNING id")) {
        s.setLong(1, agency.id);
        s.setString(2, TestAgency.freshNip());
        s.setString(3, name);
        s.setLong(4, agency.unitA1);
        s.setLong(5, agency.position);
        s.setLong(6, agency.supervisor);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          employee = r.getLong(1);
        }
      }
      String username = agency.code.toLowerCase() + "-p" + employee;
      long account;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)"
                  + " SELECT nextval('platform.user_account_seq'), ?, ?, password_hash, ? FROM platform.user_account WHERE username = 'admin' RETURNING id")) {
        s.setLong(1, agency.id);
        s.setString(2, username);
        s.setLong(3, employee);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          account = r.getLong(1);
        }
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO platform.user_role (user_id, role) VALUES (?, 'EMPLOYEE')")) {
        s.setLong(1, account);
        s.executeUpdate();
      }
      return username;
    }
  }

  /** The text a PDF prints, page by page. */
  private static String pdfText(byte[] pdf) {
    try {
      var reader = new com.lowagie.text.pdf.PdfReader(pdf);
      var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
