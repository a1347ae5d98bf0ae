package id.bina.app.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TrainingBodies;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Kirkpatrick level 3 and mentoring effectiveness over HTTP on a real PostgreSQL: a class completed through
 * the training API keeps each participant's level before; the follow-up becomes supervisors' re-assessment
 * tasks only when due, once; completing a task records a SUPERVISOR assessment; the report's before/after
 * arithmetic on known levels, its suppression under 5 and its agency isolation; and mentees' competency change
 * against comparable people never mentored.
 */
class BehaviourIT extends ApiTestBase {

  private static final AtomicInteger CODES = new AtomicInteger();

  private String hr(TestAgency agency) {
    return agency.user("hr");
  }

  private long competency(TestAgency agency, String code) {
    return api.as(hr(agency)).queryParam("q", code).get("competencies").jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
  }

  private void assess(TestAgency agency, long employee, long competency, int level, String method, LocalDate on) {
    api.as(hr(agency))
        .body(Map.of("competencyId", competency, "level", level, "method", method, "assessedOn", on.toString()))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .statusCode(201);
  }

  @Test
  void followUpBecomesSupervisorTasksWhenDueAndTheReportComparesBeforeWithAfter() throws Exception {
    TestAgency agency = TestAgency.create("BHV");
    TestAgency other = TestAgency.create("BHO");
    long m01 = competency(agency, "M.01");
    long m02 = competency(agency, "M.02");
    // Five in unit A1 under the supervisor, employee B without a supervisor, and a second HR manager (no supervisor).
    Map<String, Long> people = new LinkedHashMap<>();
    people.put("employee", agency.employeeA1);
    people.put("colleague", null);
    people.put("p1", null);
    people.put("p2", null);
    people.put("p3", null);
    people.put("employeeB", agency.employeeB);
    people.put("p4", null);
    Map<String, String> accounts = new HashMap<>();
    accounts.put("employee", agency.user("employee"));
    accounts.put("employeeB", agency.user("employeeB"));
    long colleague = agency.colleagueA1;
    people.put("colleague", colleague);
    accounts.put("colleague", account(agency, colleague, "EMPLOYEE"));
    for (String p : List.of("p1", "p2", "p3")) {
      long id = employee(agency, "Peserta " + p, agency.unitA1, agency.supervisor);
      people.put(p, id);
      accounts.put(p, account(agency, id, "EMPLOYEE"));
    }
    long p4 = employee(agency, "Pengelola SDM Kedua", agency.rootUnit, null);
    people.put("p4", p4);
    accounts.put("p4", account(agency, p4, "HR_MANAGER", "EMPLOYEE"));

    // Levels before (written tests): M.01 2, 2, 3, 1, 3 for the five, 2 for B, 3 for p4; M.02 3 for four, none for p3.
    LocalDate lastMonth = TestAgency.today().minusMonths(1);
    int[] m01Before = {2, 2, 3, 1, 3, 2, 3};
    List<String> names = new ArrayList<>(people.keySet());
    for (int i = 0; i < names.size(); i++) {
      assess(agency, people.get(names.get(i)), m01, m01Before[i], "WRITTEN_TEST", lastMonth);
    }
    for (String p : List.of("employee", "colleague", "p1", "p2")) {
      assess(agency, people.get(p), m02, 3, "WRITTEN_TEST", lastMonth);
    }

    long k = completedClass(agency, List.of(TrainingBodies.target(m01, 3), TrainingBodies.target(m02, 3)), names, people, accounts);
    RecordedClass recorded = awaitRecorded(k);
    assertEquals(recorded.lastSessionOn.plusMonths(3), recorded.dueOn, "due three months after the last session");
    assertEquals(14, TestDatabase.count("SELECT count(*) FROM evaluation.behaviour_level_before WHERE class_id = ?", k));
    assertEquals(1, TestDatabase.count(
        "SELECT level FROM evaluation.behaviour_level_before WHERE class_id = ? AND employee_id = ? AND competency_id = ?",
        k, people.get("p2"), m01));
    assertEquals(0, TestDatabase.count(
        "SELECT count(*) FROM evaluation.behaviour_level_before WHERE class_id = ? AND employee_id = ? AND competency_id = ?"
            + " AND level IS NOT NULL", k, people.get("p3"), m02));

    // Not before the day: tomorrow in the agency's zone creates nothing.
    moveDue(k, TestAgency.today().plusDays(1));
    api.as(agency.user("supervisor")).get("evaluation/reassessment-tasks").then().statusCode(200).body("totalItems", equalTo(0));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM evaluation.reassessment_task WHERE class_id = ?", k));

    // Due today: reading the lists starts it; several readers at once still create one task per participant.
    moveDue(k, TestAgency.today());
    List<CompletableFuture<Integer>> readers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String who = i % 2 == 0 ? agency.user("supervisor") : hr(agency);
      readers.add(CompletableFuture.supplyAsync(() -> api.as(who).get("evaluation/reassessment-tasks").statusCode()));
    }
    for (CompletableFuture<Integer> r : readers) {
      assertEquals(200, r.get());
    }
    Response mine = api.as(agency.user("supervisor")).get("evaluation/reassessment-tasks");
    mine.then().statusCode(200).body("totalItems", equalTo(5)).body("items[0].status", equalTo("OPEN"))
        .body("items[0].competencies.size()", equalTo(2)).body("items[0].competencies[0].levelBefore", nullValue())
        .body("items[0].dueOn", equalTo(TestAgency.today().toString()));
    assertEquals(7, TestDatabase.count("SELECT count(*) FROM evaluation.reassessment_task WHERE class_id = ?", k));
    assertEquals(2, TestDatabase.count(
        "SELECT count(*) FROM evaluation.reassessment_task WHERE class_id = ? AND assessor_employee_id IS NULL", k));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'REASSESSMENT_DUE'", agency.supervisor));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'REASSESSMENT_DUE'", agency.hrManager));
    // Once only: later reads and a follow-up moved back again create nothing more.
    moveDue(k, TestAgency.today().minusDays(5));
    api.as(hr(agency)).get("evaluation/reassessment-tasks").then().statusCode(200).body("totalItems", equalTo(2));
    assertEquals(7, TestDatabase.count("SELECT count(*) FROM evaluation.reassessment_task WHERE class_id = ?", k));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'REASSESSMENT_DUE'", agency.supervisor));

    // The supervisor rates the five: M.01 3, 2, 4, 3, 3 (changes 1, 0, 1, 2, 0); M.02 4 for all.
    Map<Long, Long> taskOf = new HashMap<>();
    JsonPath all = api.as(hr(agency)).queryParam("scope", "AGENCY").queryParam("size", 50).get("evaluation/reassessment-tasks").jsonPath();
    for (int i = 0; i < all.getList("items").size(); i++) {
      taskOf.put(all.getLong("items[" + i + "].employeeId"), all.getLong("items[" + i + "].id"));
    }
    assertEquals(7, taskOf.size());
    long firstTask = taskOf.get(agency.employeeA1);
    // HR sees the level before; the supervisor does not.
    api.as(hr(agency)).get("evaluation/reassessment-tasks/" + firstTask).then().statusCode(200)
        .body("competencies.find { it.competencyId == " + m01 + " }.levelBefore", equalTo(2));
    Response task = api.as(agency.user("supervisor")).get("evaluation/reassessment-tasks/" + firstTask);
    task.then().statusCode(200).body("employeeName", containsString("Employee A1")).body("competencies[0].levelBefore", nullValue());
    String tag = task.header("ETag");
    // Every competency needs a level; a stale or missing If-Match changes nothing.
    api.as(agency.user("supervisor")).header("If-Match", tag).body(ratings(Map.of(m01, 3))).post("evaluation/reassessment-tasks/" + firstTask + "/completion")
        .then().statusCode(400);
    api.as(agency.user("supervisor")).header("If-Match", "\"99\"").body(ratings(Map.of(m01, 3, m02, 4)))
        .post("evaluation/reassessment-tasks/" + firstTask + "/completion").then().statusCode(412);
    api.as(agency.user("supervisor")).body(ratings(Map.of(m01, 3, m02, 4)))
        .post("evaluation/reassessment-tasks/" + firstTask + "/completion").then().statusCode(428);
    // HR may see the supervisor's task but not complete it.
    api.as(hr(agency)).header("If-Match", tag).body(ratings(Map.of(m01, 3, m02, 4)))
        .post("evaluation/reassessment-tasks/" + firstTask + "/completion").then().statusCode(403);
    int[] m01After = {3, 2, 4, 3, 3};
    List<String> five = List.of("employee", "colleague", "p1", "p2", "p3");
    for (int i = 0; i < five.size(); i++) {
      long id = taskOf.get(people.get(five.get(i)));
      String etag = api.as(agency.user("supervisor")).get("evaluation/reassessment-tasks/" + id).header("ETag");
      api.as(agency.user("supervisor")).header("If-Match", etag).body(ratings(Map.of(m01, m01After[i], m02, 4)))
          .post("evaluation/reassessment-tasks/" + id + "/completion").then().statusCode(200)
          .body("status", equalTo("COMPLETED")).body("competencies.find { it.competencyId == " + m01 + " }.levelAfter", equalTo(m01After[i]));
    }
    // Done once: completing again is a conflict.
    String done = api.as(agency.user("supervisor")).get("evaluation/reassessment-tasks/" + firstTask).header("ETag");
    api.as(agency.user("supervisor")).header("If-Match", done).body(ratings(Map.of(m01, 5, m02, 5)))
        .post("evaluation/reassessment-tasks/" + firstTask + "/completion").then().statusCode(409);
    // The rating is a SUPERVISOR assessment in the participant's profile, with the task's note.
    api.as(hr(agency)).queryParam("competencyId", m01).get("competency-profiles/" + agency.employeeA1 + "/assessments").then().statusCode(200)
        .body("items[0].method", equalTo("SUPERVISOR")).body("items[0].level", equalTo(3))
        .body("items[0].evidenceNote", containsString("Penilaian ulang 3 bulan")).body("items[0].evidenceNote", containsString("diamati"));

    // Nobody re-assesses themselves: the second HR manager sees their own task (HR sees all) but may not complete it.
    long ownTask = taskOf.get(p4);
    String ownTag = api.as(accounts.get("p4")).get("evaluation/reassessment-tasks/" + ownTask).header("ETag");
    api.as(accounts.get("p4")).header("If-Match", ownTag).body(ratings(Map.of(m01, 5, m02, 5)))
        .post("evaluation/reassessment-tasks/" + ownTask + "/completion").then().statusCode(403);
    api.as(accounts.get("p4")).get("evaluation/reassessment-tasks").then().body("items.employeeId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) p4)));
    // The supervisor does not see HR's tasks; a participant does not see their own.
    api.as(agency.user("supervisor")).get("evaluation/reassessment-tasks/" + taskOf.get(agency.employeeB)).then().statusCode(404);
    api.as(agency.user("employee")).get("evaluation/reassessment-tasks").then().statusCode(403);
    // Employee B has no supervisor: HR rates in the supervisor's place (M.02 never assessed before).
    long bTask = taskOf.get(agency.employeeB);
    String bTag = api.as(hr(agency)).get("evaluation/reassessment-tasks/" + bTask).header("ETag");
    api.as(hr(agency)).header("If-Match", bTag).body(ratings(Map.of(m01, 3, m02, 2)))
        .post("evaluation/reassessment-tasks/" + bTask + "/completion").then().statusCode(200);

    // The report of unit A (the five): M.01 before 2.2, after 3.0, change 0.8 ± 1.0388, rose 3 of 5 (Wilson 0.231-0.882).
    JsonPath unitA = api.as(hr(agency)).queryParam("unitId", agency.unitA).get("evaluation/behaviour").then().statusCode(200).extract().jsonPath();
    String line = "competencies.find { it.code == 'M.01' }";
    assertEquals(5, unitA.getInt(line + ".pairs"));
    assertEquals(2.2, unitA.getDouble(line + ".before.value"), 1e-9);
    assertEquals(3.0, unitA.getDouble(line + ".after.value"), 1e-9);
    assertEquals(0.8, unitA.getDouble(line + ".change.value"), 1e-9);
    assertEquals(0.8 - 1.0388, unitA.getDouble(line + ".change.lower"), 1e-3);
    assertEquals(0.8 + 1.0388, unitA.getDouble(line + ".change.upper"), 1e-3);
    assertEquals(0.6, unitA.getDouble(line + ".rose.value"), 1e-9);
    assertEquals(0.2307, unitA.getDouble(line + ".rose.lower"), 1e-3);
    assertEquals(0.8824, unitA.getDouble(line + ".rose.upper"), 1e-3);
    assertEquals(5, unitA.getInt("tasks.completed"));
    assertEquals(0, unitA.getInt("tasks.open"));
    // M.02: four pairs (p3 had no level before): suppressed, only n shown.
    String m02Line = "competencies.find { it.code == 'M.02' }";
    assertEquals(4, unitA.getInt(m02Line + ".pairs"));
    assertEquals(1, unitA.getInt(m02Line + ".notAssessedBefore"));
    assertTrue(unitA.getBoolean(m02Line + ".change.suppressed"));
    assertNull(unitA.get(m02Line + ".change.value"));
    assertNull(unitA.get(m02Line + ".before.value"));
    assertNull(unitA.get(m02Line + ".rose.value"));

    // The whole class: six pairs in M.01, one task open; overdue once the deadline (30 days) has passed.
    api.as(hr(agency)).queryParam("classId", k).get("evaluation/behaviour").then().statusCode(200)
        .body(line + ".pairs", equalTo(6)).body("tasks.completed", equalTo(6)).body("tasks.open", equalTo(1)).body("tasks.overdue", equalTo(0));
    // Level 4 counts the levels these re-assessments gained: M.01 1+0+1+2+0 in unit A and 1 for B, M.02 4 x 1
    // (no level before for p3 or B: not counted); p4's task is still open. Cost per level = 7 seats x 1.5 million / 9.
    JsonPath results = api.as(hr(agency)).queryParam("classId", k).get("evaluation/results").then().statusCode(200).extract().jsonPath();
    assertEquals(9, results.getInt("cost.levelsGained"));
    assertEquals(7 * 1_500_000L, results.getLong("cost.totalCost"));
    // JsonPath reads JSON numbers as floats: a rupiah of tolerance.
    assertEquals(7 * 1_500_000.0 / 9, results.getDouble("cost.costPerLevelGained"), 1.0);
    assertNull(results.get("cost.levelsGainedNote"));
    api.as(hr(agency)).queryParam("scope", "AGENCY").queryParam("overdue", "true").get("evaluation/reassessment-tasks").then()
        .statusCode(200).body("totalItems", equalTo(0));
    execute("UPDATE evaluation.reassessment_task SET due_on = ? WHERE id = ?", java.sql.Date.valueOf(TestAgency.today().minusDays(31)), ownTask);
    api.as(hr(agency)).queryParam("scope", "AGENCY").queryParam("overdue", "true").get("evaluation/reassessment-tasks").then()
        .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) ownTask)).body("items[0].overdue", equalTo(true))
        .body("items[0].status", equalTo("OPEN"));
    api.as(hr(agency)).queryParam("courseId", recorded.courseId).get("evaluation/behaviour").then().statusCode(200)
        .body("tasks.overdue", equalTo(1)).body("tasks.open", equalTo(1));
    // Period of last sessions: from the day after, nothing.
    api.as(hr(agency)).queryParam("from", recorded.lastSessionOn.plusDays(1).toString()).get("evaluation/behaviour").then().statusCode(200)
        .body("tasks.completed", equalTo(0)).body("competencies.size()", equalTo(0));
    api.as(hr(agency)).queryParam("from", recorded.lastSessionOn.toString()).queryParam("to", recorded.lastSessionOn.toString())
        .get("evaluation/behaviour").then().statusCode(200).body("tasks.completed", equalTo(6));
    api.as(hr(agency)).queryParam("from", "2026-13-01").get("evaluation/behaviour").then().statusCode(400);
    api.as(hr(agency)).queryParam("unitId", other.unitA).get("evaluation/behaviour").then().statusCode(404);

    // Spreadsheet export: a line per competency, suppressed figures left empty.
    String csv = api.as(hr(agency)).queryParam("unitId", agency.unitA).get("evaluation/behaviour/report.csv").then().statusCode(200)
        .contentType(containsString("text/csv")).extract().asString();
    assertTrue(csv.startsWith("kode_kompetensi,kompetensi,n_pasangan"), csv);
    assertTrue(csv.contains("M.01,") && csv.contains(",5,0,2.2,3.0,0.8,"), csv);
    assertTrue(csv.contains("M.02,") && csv.contains(",4,1,,,,,,,,,0.95,5,0,0"), csv);
    byte[] xlsx = api.as(hr(agency)).queryParam("classId", k).get("evaluation/behaviour/report.xlsx").then().statusCode(200).extract().asByteArray();
    assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K');

    // The evaluation report of the class puts the levels together, in the sections an evaluation report has.
    JsonPath doc = api.as(hr(agency)).queryParam("classId", k).get("evaluation/report").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    assertEquals(List.of("Pendahuluan", "Deskripsi program", "Hasil pengukuran", "Analisis", "Kesimpulan dan rekomendasi"), doc.getList("sections.heading"));
    // M.01 over the class: six pairs, before 13/6, after 3.0, change 5/6.
    List<String> m01Row = doc.getList("sections[2].blocks.find { it.caption == 'Level kompetensi sebelum dan sesudah' }.rows.find { it[0].startsWith('M.01') }");
    assertEquals("6", m01Row.get(1));
    assertTrue(m01Row.get(2).startsWith("2,17 ["), m01Row.toString());
    assertTrue(m01Row.get(4).startsWith("0,83 ["), m01Row.toString());
    List<String> perLevel = doc.getList("sections[2].blocks.find { it.caption == 'Kinerja dan biaya' }.rows.find { it[0] == 'Biaya per level kompetensi naik' }");
    assertEquals(List.of("Biaya per level kompetensi naik", "Rp1.166.667", "9 level"), perLevel);
    List<String> conclusions = doc.getList("sections[4].blocks.text");
    assertTrue(conclusions.stream().anyMatch(c -> c.contains("1 tugas penilaian ulang terbuka")), conclusions.toString());
    assertTrue(conclusions.stream().anyMatch(c -> c.contains("predikat SKP")), conclusions.toString());
    assertEquals("chart", doc.getString("sections[2].blocks.find { it.title == 'Level kompetensi sebelum dan sesudah' }.kind"));
    byte[] pdf = api.as(hr(agency)).queryParam("classId", k).get("evaluation/report/pdf").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    byte[] book = api.as(hr(agency)).queryParam("classId", k).get("evaluation/report/xlsx").then().statusCode(200).extract().asByteArray();
    assertTrue(book.length > 100 && book[0] == 'P' && book[1] == 'K');
    byte[] png = api.as(hr(agency)).queryParam("classId", k).get("evaluation/report/charts/1.png").then().statusCode(200).contentType("image/png").extract().asByteArray();
    assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
    api.as(hr(agency)).queryParam("classId", k).get("evaluation/report/charts/99.png").then().statusCode(404);
    api.as(hr(agency)).queryParam("classId", k).queryParam("courseId", recorded.courseId).get("evaluation/report").then().statusCode(400);
    api.as(hr(other)).queryParam("classId", k).get("evaluation/report").then().statusCode(404);
    api.as(hr(other)).queryParam("courseId", recorded.courseId).get("evaluation/report/pdf").then().statusCode(404);

    // Other agencies see nothing of it, and nobody but HR reads the report.
    api.as(hr(other)).queryParam("classId", k).get("evaluation/behaviour").then().statusCode(404);
    api.as(hr(other)).queryParam("courseId", recorded.courseId).get("evaluation/behaviour").then().statusCode(404);
    api.as(hr(other)).get("evaluation/behaviour").then().statusCode(200).body("tasks.completed", equalTo(0)).body("competencies.size()", equalTo(0));
    api.as(hr(other)).get("evaluation/reassessment-tasks/" + firstTask).then().statusCode(404);
    api.as(hr(other)).queryParam("scope", "AGENCY").get("evaluation/reassessment-tasks").then().body("totalItems", equalTo(0));
    api.as(other.user("supervisor")).get("evaluation/reassessment-tasks/" + firstTask).then().statusCode(404);
    api.as(agency.user("supervisor")).get("evaluation/behaviour").then().statusCode(403);
    api.as(agency.user("supervisor")).queryParam("scope", "AGENCY").get("evaluation/reassessment-tasks").then().statusCode(403);
  }

  @Test
  void menteesChangeIsComparedWithComparablePeopleNeverMentored() {
    TestAgency agency = TestAgency.create("BHM");
    TestAgency other = TestAgency.create("BHN");
    long m03 = competency(agency, "M.03");
    LocalDate start = TestAgency.today().minusDays(200);
    LocalDate end = TestAgency.today().minusDays(20);
    LocalDate before = start.minusDays(30);
    LocalDate after = end.minusDays(5);
    long programme = programme(agency, "Pembimbingan Orientasi");
    long otherProgramme = programme(agency, "Pembimbingan Kepemimpinan");

    // Five mentees: M.03 1→3, 2→3, 2→3, 1→3, 2→3 (changes 2, 1, 1, 2, 1); each with one goal (target 3).
    int[][] mentees = {{1, 3}, {2, 3}, {2, 3}, {1, 3}, {2, 3}};
    int[] finals = {3, 2, 3, 4, 2}; // reached: 3 of 5
    int[] held = {6, 3, 6, 6, 3}; // planned 6 each (monthly 1 over six months begun): held per planned 0.8
    for (int i = 0; i < mentees.length; i++) {
      long mentee = employee(agency, "Mentee " + i, agency.unitB, null);
      assess(agency, mentee, m03, mentees[i][0], "WRITTEN_TEST", before);
      assess(agency, mentee, m03, mentees[i][1], "WRITTEN_TEST", after);
      long assignment = assignment(agency, programme, mentee, "COMPLETED", start, end);
      goal(assignment, m03, 3, finals[i]);
      for (int s = 0; s < held[i]; s++) {
        session(agency, assignment, mentee, start.plusDays(10 + 25 * s), s % 2 == 0);
      }
    }
    // Comparable people (the test agency's own five, all in executor positions): 2→3, and 2, 3, 1, 2 unchanged.
    long[] comparable = {agency.supervisor, agency.employeeA1, agency.colleagueA1, agency.employeeB, agency.mentor};
    int[] levels = {2, 2, 3, 1, 2};
    for (int i = 0; i < comparable.length; i++) {
      assess(agency, comparable[i], m03, levels[i], "WRITTEN_TEST", before);
    }
    assess(agency, agency.supervisor, m03, 3, "WRITTEN_TEST", after);
    // Not comparable: someone mentored in another programme (ended early), and someone in another kind of position.
    long mentoredElsewhere = employee(agency, "Pernah Dibimbing", agency.unitB, null);
    assess(agency, mentoredElsewhere, m03, 1, "WRITTEN_TEST", before);
    assess(agency, mentoredElsewhere, m03, 4, "WRITTEN_TEST", after);
    assignment(agency, otherProgramme, mentoredElsewhere, "ENDED_EARLY", start, end.minusDays(60));
    long administrator =
        api.as(hr(agency)).body(Map.of("code", "ADM-" + agency.code, "name", "Kepala Bagian", "positionClass", "ADMINISTRATOR"))
            .post("positions").then().statusCode(201).extract().jsonPath().getLong("id");
    long leader = employee(agency, "Kepala Bagian", agency.unitA, null, administrator);
    assess(agency, leader, m03, 1, "WRITTEN_TEST", before);
    assess(agency, leader, m03, 5, "WRITTEN_TEST", after);

    JsonPath report = api.as(hr(agency)).queryParam("programmeId", programme).get("evaluation/mentoring-effectiveness")
        .then().statusCode(200).extract().jsonPath();
    assertEquals(1, report.getList("$").size());
    assertEquals(5, report.getInt("[0].assignments"));
    assertEquals(5, report.getInt("[0].completedAssignments"));
    assertEquals(0.6, report.getDouble("[0].goalsReached.value"), 1e-9);
    assertEquals(5, report.getInt("[0].goalsReached.n"));
    assertEquals(24, report.getInt("[0].sessions.held"));
    assertEquals(13, report.getInt("[0].sessions.confirmed"));
    assertEquals(30, report.getInt("[0].sessions.planned"));
    assertEquals(0.8, report.getDouble("[0].sessions.heldPerPlanned.value"), 1e-9);
    assertEquals(false, report.getBoolean("[0].feedback.available"));
    // Mentees: mean change 1.4 (variance 0.3); comparison: 0.2 (variance 0.2); difference 1.2 with Welch's interval.
    assertEquals(1.4, report.getDouble("[0].competencyChange.mentees.value"), 1e-9);
    assertEquals(5, report.getInt("[0].competencyChange.mentees.n"));
    assertEquals(0.2, report.getDouble("[0].competencyChange.comparison.value"), 1e-9);
    assertEquals(5, report.getInt("[0].competencyChange.comparison.n"));
    assertEquals(1, report.getInt("[0].competencyChange.comparisonGroups"));
    double se = Math.sqrt(0.3 / 5 + 0.2 / 5);
    double df = Math.pow(0.1, 2) / (Math.pow(0.06, 2) / 4 + Math.pow(0.04, 2) / 4);
    double half = new TDistribution(df).inverseCumulativeProbability(0.975) * se;
    assertEquals(1.2, report.getDouble("[0].competencyChange.difference.value"), 1e-9);
    assertEquals(1.2 - half, report.getDouble("[0].competencyChange.difference.lower"), 1e-6);
    assertEquals(1.2 + half, report.getDouble("[0].competencyChange.difference.upper"), 1e-6);

    // Every programme: the other one has a single mentoring ended early, so its figures are suppressed.
    JsonPath all = api.as(hr(agency)).get("evaluation/mentoring-effectiveness").then().statusCode(200).extract().jsonPath();
    assertEquals(2, all.getList("$").size());
    String second = "find { it.programmeId == " + otherProgramme + " }";
    assertEquals(1, all.getInt(second + ".assignments"));
    assertEquals(0, all.getInt(second + ".completedAssignments"));
    assertTrue(all.getBoolean(second + ".goalsReached.suppressed"));
    assertTrue(all.getBoolean(second + ".competencyChange.difference.suppressed"));

    // HR only, and only of its own agency.
    api.as(hr(other)).queryParam("programmeId", programme).get("evaluation/mentoring-effectiveness").then().statusCode(404);
    api.as(hr(other)).get("evaluation/mentoring-effectiveness").then().statusCode(200).body("size()", equalTo(0));
    api.as(agency.user("supervisor")).get("evaluation/mentoring-effectiveness").then().statusCode(403);
    api.as(hr(agency)).queryParam("programmeId", "abc").get("evaluation/mentoring-effectiveness").then().statusCode(400);
  }

  private static Map<String, Object> ratings(Map<Long, Integer> levels) {
    List<Map<String, Object>> ratings = new ArrayList<>();
    levels.forEach((competency, level) -> ratings.add(Map.of("competencyId", competency, "level", level, "note", "Perilaku diamati di unit")));
    return Map.of("ratings", ratings);
  }

  /** A class of a course targeting the given competencies, every participant confirmed, present and completed. */
  private long completedClass(
      TestAgency agency, List<Map<String, Object>> targets, List<String> names, Map<String, Long> people, Map<String, String> accounts) {
    String code = "BHV-" + CODES.incrementAndGet() + "-" + agency.code;
    long course =
        TrainingBodies.publishedCourse(api, hr(agency), TrainingBodies.course(code, "Pelatihan " + code, "Perilaku kerja", "CLASSROOM", 24, targets))
            .jsonPath().getLong("id");
    long k = TrainingBodies.trainingClass(api, hr(agency), TrainingBodies.trainingClass(course, code, 10), "open").jsonPath().getLong("id");
    List<Long> present = new ArrayList<>();
    for (String name : names) {
      Response requested = api.as(accounts.get(name)).body(Map.of("classId", k)).post("enrolments");
      requested.then().statusCode(201);
      Long supervisor = name.equals("p4") || name.equals("employeeB") ? null : agency.supervisor;
      String approver = supervisor == null ? hr(agency) : agency.user("supervisor");
      api.as(approver).header("If-Match", requested.header("ETag")).post("enrolments/" + requested.jsonPath().getLong("id") + "/approval")
          .then().statusCode(200).body("status", equalTo("CONFIRMED"));
      present.add(people.get(name));
    }
    String tag = api.as(hr(agency)).get("classes/" + k).header("ETag");
    tag = api.as(hr(agency)).header("If-Match", tag).post("classes/" + k + "/start").then().statusCode(200).extract().header("ETag");
    for (int session = 0; session < 2; session++) {
      api.as(hr(agency)).body(Map.of("presentEmployeeIds", present)).put("class-attendance/" + k + "/sessions/" + session).then().statusCode(200);
    }
    api.as(hr(agency)).header("If-Match", tag).post("classes/" + k + "/complete").then().statusCode(200);
    return k;
  }

  private record RecordedClass(LocalDate lastSessionOn, LocalDate dueOn, long courseId) {}

  /** Waits until evaluation has recorded the class (the outbox delivers within seconds) and planned its follow-up. */
  private static RecordedClass awaitRecorded(long classId) throws Exception {
    for (int i = 0; i < 120; i++) {
      try (Connection c = TestDatabase.connect();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT k.last_session_on, f.due_on, k.course_id FROM evaluation.evaluated_class k"
                      + " JOIN evaluation.behaviour_follow_up f ON f.class_id = k.class_id WHERE k.class_id = ?")) {
        s.setLong(1, classId);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return new RecordedClass(r.getDate(1).toLocalDate(), r.getDate(2).toLocalDate(), r.getLong(3));
          }
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("evaluation did not record class " + classId + " within a minute");
  }

  private static void moveDue(long classId, LocalDate due) {
    execute("UPDATE evaluation.behaviour_follow_up SET due_on = ? WHERE class_id = ?", java.sql.Date.valueOf(due), classId);
  }

  private static void execute(String sql, Object... parameters) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long insert(String sql, Object... parameters) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Another employee of the agency in its executor position (written directly, as TestAgency does). */
  private static long employee(TestAgency agency, String name, long unit, Long supervisor) {
    return employee(agency, name, unit, supervisor, agency.position);
  }

  private static long employee(TestAgency agency, String name, long unit, Long supervisor, long position) {
    return insert(
        "INSERT INTO platform.employee (id, agency_id, nip, name, unit_id, position_id, supervisor_id, created_at, created_by, updated_at, updated_by)"
            + " VALUES (nextval('platform.employee_seq'), ?, ?, ?, ?, ?, ?, now(), 'fixture', now(), 'fixture') RETURNING id",
        agency.id, TestAgency.freshNip(), name + " " + agency.code, unit, position, supervisor);
  }

  /** A login for the employee with the test password; answers the username. */
  private static String account(TestAgency agency, long employee, String... roles) {
    String username = agency.code.toLowerCase() + "-e" + employee;
    long account =
        insert(
            "INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)"
                + " SELECT nextval('platform.user_account_seq'), ?, ?, password_hash, ? FROM platform.user_account WHERE username = 'admin' RETURNING id",
            agency.id, username, employee);
    for (String role : roles) {
      execute("INSERT INTO platform.user_role (user_id, role) VALUES (?, ?)", account, role);
    }
    return username;
  }

  private long programme(TestAgency agency, String name) {
    return api.as(hr(agency))
        .body(Map.of("name", name, "kind", "ONBOARDING", "durationMonths", 6, "targetSessionsPerMonth", 1, "jpPerSession", 2, "unitRule", "ANY"))
        .post("mentoring/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  /** A mentoring as it stands after its course (written directly: the mentoring API is tested in MentoringIT). */
  private static long assignment(TestAgency agency, long programme, long mentee, String status, LocalDate start, LocalDate end) {
    return insert(
        "INSERT INTO mentoring.assignment (id, agency_id, programme_id, mentee_employee_id, mentor_employee_id, status, starts_on, ended_on,"
            + " end_reason, created_by, created_at) VALUES (nextval('mentoring.assignment_seq'), ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', now()) RETURNING id",
        agency.id, programme, mentee, agency.mentor, status, java.sql.Date.valueOf(start), java.sql.Date.valueOf(end),
        status.equals("ENDED_EARLY") ? "Pindah tugas" : null);
  }

  private static void goal(long assignment, long competency, int target, int finalLevel) {
    execute(
        "INSERT INTO mentoring.assignment_goal (assignment_id, position, competency_id, target_level, due_on, self_level, final_level)"
            + " VALUES (?, 0, ?, ?, current_date, 1, ?)",
        assignment, competency, target, finalLevel);
  }

  private static void session(TestAgency agency, long assignment, long mentee, LocalDate on, boolean confirmed) {
    execute(
        "INSERT INTO mentoring.session (id, agency_id, assignment_id, mentor_employee_id, mentee_employee_id, held_on, duration_minutes, mode,"
            + " confirmed_at, created_at) VALUES (nextval('mentoring.session_seq'), ?, ?, ?, ?, ?, 60, 'IN_PERSON', "
            + (confirmed ? "now()" : "NULL") + ", now())",
        agency.id, assignment, agency.mentor, mentee, java.sql.Date.valueOf(on));
  }
}
