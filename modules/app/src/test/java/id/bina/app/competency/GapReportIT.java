package id.bina.app.competency;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The heat map, the gap lists and the gap report on a generated unit tree, checked against counts the test
 * works out itself from the levels it recorded (the precedence rule applied by the test, not by Bina).
 */
class GapReportIT extends ApiTestBase {

  /** One generated employee: where they sit, what their position requires and their valid winning levels. */
  record Person(long id, String name, List<Long> units, Map<Long, Integer> required, Map<Long, Integer> current) {}

  static TestAgency agency;
  static long g;
  static long g1;
  static long g11;
  static long g2;
  static long analyst;
  static long integritas;
  static long kerjaSama;
  static long technical;
  static List<Long> national;
  static final List<Person> people = new ArrayList<>();

  @BeforeAll
  static void generateATree() throws SQLException {
    agency = TestAgency.create("GAP");
    try (Connection c = TestDatabase.connect()) {
      g = unit(c, agency.rootUnit, "G", "/" + agency.rootUnit + "/");
      g1 = unit(c, g, "G1", "/" + agency.rootUnit + "/" + g + "/");
      g11 = unit(c, g1, "G11", "/" + agency.rootUnit + "/" + g + "/" + g1 + "/");
      g2 = unit(c, g, "G2", "/" + agency.rootUnit + "/" + g + "/");
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO platform.position (id, agency_id, code, name, position_class) VALUES (nextval('platform.position_seq'), ?, ?, 'Analis', 'ADMINISTRATOR') RETURNING id")) {
        s.setLong(1, agency.id);
        s.setString(2, "ANL-" + agency.code);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          analyst = r.getLong(1);
        }
      }
    }
  }

  private static long unit(Connection c, long parent, String code, String parentPath) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO platform.org_unit (id, agency_id, parent_id, code, name, path)"
                + " SELECT n, ?, ?, ?, ?, ? || n || '/' FROM nextval('platform.org_unit_seq') AS n RETURNING id")) {
      s.setLong(1, agency.id);
      s.setLong(2, parent);
      s.setString(3, code);
      s.setString(4, "Unit " + code);
      s.setString(5, parentPath);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long employee(String name, long unit, long position) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO platform.employee (id, agency_id, nip, name, unit_id, position_id, created_at, created_by, updated_at, updated_by)"
                    + " VALUES (nextval('platform.employee_seq'), ?, ?, ?, ?, ?, now(), 'fixture', now(), 'fixture') RETURNING id")) {
      s.setLong(1, agency.id);
      s.setString(2, TestAgency.freshNip());
      s.setString(3, name);
      s.setLong(4, unit);
      s.setLong(5, position);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long national(String code) {
    return api.as(agency.user("hr")).queryParam("q", code).get("competencies").jsonPath().getLong("items[0].id");
  }

  private void assess(long employee, long competency, int level, String method, LocalDate on) {
    api.as(agency.user("hr"))
        .body(Map.of("competencyId", competency, "level", level, "method", method, "assessedOn", on.toString()))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .statusCode(201);
  }

  /** Generates people and assessments once; the tests read the result. */
  private synchronized void populate() {
    if (!people.isEmpty()) {
      return;
    }
    integritas = national("M.01");
    kerjaSama = national("M.02");
    national = api.as(agency.user("hr")).queryParam("size", 50).get("competencies").jsonPath().getList("items.findAll { it.national && !it.retired }.id", Long.class);
    technical =
        api.as(agency.user("hr")).body(CompetencyBodies.technical("T.ANL." + agency.code)).post("competencies").jsonPath().getLong("id");
    // The analyst position requires the technical competency at 4 and Integritas at 4; the other national
    // competencies keep the administrator default, 3. The executor position keeps default 1 everywhere.
    api.as(agency.user("hr"))
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of(Map.of("competencyId", technical, "requiredLevel", 4), Map.of("competencyId", integritas, "requiredLevel", 4))))
        .put("positions/" + analyst + "/competency-standard")
        .then()
        .statusCode(200);
    Random random = new Random(42);
    LocalDate today = TestAgency.today();
    long[][] placements = {{g, 2}, {g1, 3}, {g11, 3}, {g2, 4}};
    int n = 0;
    for (long[] placement : placements) {
      for (int i = 0; i < placement[1]; i++) {
        n++;
        boolean isAnalyst = n % 2 == 0;
        String name = String.format("Pegawai %02d", n);
        long id = employee(name, placement[0], isAnalyst ? analyst : agency.position);
        Map<Long, Integer> required = new HashMap<>();
        for (long competency : national) {
          required.put(competency, isAnalyst ? 3 : 1);
        }
        if (isAnalyst) {
          required.put(technical, 4);
          required.put(integritas, 4);
        }
        Map<Long, Integer> current = new HashMap<>();
        // Integritas: a valid assessment-centre result, and a later, lighter written test that must not replace it.
        int ac = 1 + random.nextInt(5);
        assess(id, integritas, ac, "ASSESSMENT_CENTRE", today.minusMonths(6));
        assess(id, integritas, 5 - ac + 1, "WRITTEN_TEST", today.minusMonths(1));
        current.put(integritas, ac);
        // Kerja Sama for two in three: an expired level 5 and a valid written test; the expired one must not count.
        if (n % 3 != 0) {
          int written = 1 + random.nextInt(3);
          assess(id, kerjaSama, 5, "ASSESSMENT_CENTRE", today.minusYears(4));
          assess(id, kerjaSama, written, "WRITTEN_TEST", today.minusMonths(2));
          current.put(kerjaSama, written);
        } else {
          assess(id, kerjaSama, 5, "ASSESSMENT_CENTRE", today.minusYears(5));
        }
        if (isAnalyst && n % 4 == 0) {
          int level = 1 + random.nextInt(5);
          assess(id, technical, level, "MULTI_RATER", today.minusDays(10));
          current.put(technical, level);
        }
        List<Long> units = new ArrayList<>(List.of(agency.rootUnit, g));
        if (placement[0] == g1 || placement[0] == g11) {
          units.add(g1);
        }
        if (placement[0] == g11) {
          units.add(g11);
        }
        if (placement[0] == g2) {
          units.add(g2);
        }
        people.add(new Person(id, name, units, required, current));
      }
    }
  }

  /** What a heat-map cell must say for the given people and competency: required, assessed, below, average gap. */
  private static List<Object> expectedCell(List<Person> group, long competency) {
    long required = 0;
    long assessed = 0;
    long below = 0;
    double gaps = 0;
    for (Person p : group) {
      Integer needed = p.required().get(competency);
      if (needed == null) {
        continue;
      }
      required++;
      Integer level = p.current().get(competency);
      if (level != null) {
        assessed++;
        below += level < needed ? 1 : 0;
        gaps += Math.max(0, needed - level);
      }
    }
    Double average = assessed == 0 ? null : Math.round(gaps / assessed * 100) / 100.0;
    return List.of(required, assessed, below, average == null ? "none" : average);
  }

  private static List<Object> actualCell(JsonPath heatMap, String row, long competency) {
    Map<String, Object> cell = heatMap.getMap(row + ".cells.find { it.competencyId == " + competency + " }");
    Object average = cell.get("averageGap");
    return List.of(
        ((Number) cell.get("required")).longValue(),
        ((Number) cell.get("assessed")).longValue(),
        ((Number) cell.get("below")).longValue(),
        average == null ? "none" : Math.round(((Number) average).doubleValue() * 100) / 100.0);
  }

  @Test
  void theHeatMapCountsEachSubtreeAsTheTestDoes() {
    populate();
    JsonPath heatMap = api.as(agency.user("hr")).queryParam("unitId", g).get("competency-gaps/heat-map").then().statusCode(200).extract().jsonPath();
    assertEquals("G", heatMap.getString("unit.code"));
    // Rows: people placed in G itself first, then G1 (with G11 below it) and G2 by name.
    assertNull(heatMap.get("rows[0].unit"));
    assertEquals(List.of("G1", "G2"), List.of(heatMap.getString("rows[1].unit.code"), heatMap.getString("rows[2].unit.code")));
    assertEquals(true, heatMap.getBoolean("rows[1].hasSubunits"));
    assertEquals(false, heatMap.getBoolean("rows[2].hasSubunits"));
    Map<String, List<Person>> groups = new LinkedHashMap<>();
    groups.put("rows[0]", people.stream().filter(p -> p.units().size() == 2).toList());
    groups.put("rows[1]", people.stream().filter(p -> p.units().contains(g1)).toList());
    groups.put("rows[2]", people.stream().filter(p -> p.units().contains(g2)).toList());
    groups.put("total", people);
    for (var group : groups.entrySet()) {
      assertEquals(group.getValue().size(), heatMap.getLong(group.getKey() + ".employees"), group.getKey());
      for (long competency : List.of(integritas, kerjaSama, technical)) {
        assertEquals(expectedCell(group.getValue(), competency), actualCell(heatMap, group.getKey(), competency), group.getKey() + " competency " + competency);
      }
    }
    // Drilling into G1 shows the people placed in G1 and the row of G11.
    JsonPath drilled = api.as(agency.user("hr")).queryParam("unitId", g1).get("competency-gaps/heat-map").jsonPath();
    List<Person> inG11 = people.stream().filter(p -> p.units().contains(g11)).toList();
    assertEquals("G11", drilled.getString("rows[1].unit.code"));
    assertEquals(expectedCell(inG11, integritas), actualCell(drilled, "rows[1]", integritas));
    // The agency level starts from the root unit and counts everyone: the fixture's six people as well.
    JsonPath whole = api.as(agency.user("hr")).get("competency-gaps/heat-map").jsonPath();
    assertNull(whole.get("unit"));
    assertEquals(people.size() + 6, whole.getLong("total.employees"));
  }

  @Test
  void theHeatMapAgreesWithEachPersonsProfile() {
    populate();
    for (Person p : people.subList(0, 4)) {
      JsonPath profile = api.as(agency.user("hr")).get("competency-profiles/" + p.id()).jsonPath();
      for (long competency : List.of(integritas, kerjaSama, technical)) {
        Integer shown = profile.get("competencies.find { it.competencyId == " + competency + " }.currentLevel");
        assertEquals(p.current().get(competency), shown, p.name() + " competency " + competency);
      }
    }
  }

  @Test
  void employeesWithAGapComeLargestGapFirst() {
    populate();
    List<Person> expected =
        people.stream()
            .filter(p -> p.current().containsKey(integritas) && p.current().get(integritas) < p.required().get(integritas))
            .sorted(
                java.util.Comparator.comparing((Person p) -> p.required().get(integritas) - p.current().get(integritas))
                    .reversed()
                    .thenComparing(Person::name))
            .toList();
    JsonPath list =
        api.as(agency.user("hr"))
            .queryParam("unitId", g)
            .queryParam("competencyId", integritas)
            .get("competency-gaps/employees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(expected.size(), list.getInt("totalItems"));
    assertEquals(expected.stream().map(Person::name).toList(), list.getList("items.name"));
    // With minGap 2 only the larger gaps; with unassessed, the technical competency lists people never rated.
    long bigGaps = expected.stream().filter(p -> p.required().get(integritas) - p.current().get(integritas) >= 2).count();
    api.as(agency.user("hr"))
        .queryParam("unitId", g)
        .queryParam("competencyId", integritas)
        .queryParam("minGap", 2)
        .get("competency-gaps/employees")
        .then()
        .body("totalItems", equalTo((int) bigGaps));
    long unratedAnalysts = people.stream().filter(p -> p.required().containsKey(technical) && !p.current().containsKey(technical)).count();
    long shortAnalysts =
        people.stream().filter(p -> p.current().containsKey(technical) && p.current().get(technical) < 4).count();
    JsonPath withUnassessed =
        api.as(agency.user("hr"))
            .queryParam("unitId", g)
            .queryParam("competencyId", technical)
            .queryParam("includeUnassessed", true)
            .queryParam("size", 200)
            .get("competency-gaps/employees")
            .jsonPath();
    assertEquals(unratedAnalysts + shortAnalysts, withUnassessed.getLong("totalItems"));
    assertNull(withUnassessed.get("items[-1].currentLevel"));
  }

  @Test
  void theUnitReportGivesEachPersonsMatchAndTheExportsHoldEveryLine() throws Exception {
    populate();
    JsonPath report =
        api.as(agency.user("hr")).queryParam("unitId", g2).get("competency-gaps/report").then().statusCode(200).extract().jsonPath();
    List<Person> inG2 = people.stream().filter(p -> p.units().contains(g2)).toList();
    assertEquals(inG2.size(), report.getInt("totalItems"));
    for (Person p : inG2) {
      int required = p.required().values().stream().mapToInt(Integer::intValue).sum();
      int held = p.required().entrySet().stream().mapToInt(e -> Math.min(e.getValue(), p.current().getOrDefault(e.getKey(), 0))).sum();
      double jpm = Math.round(held * 1000.0 / required) / 10.0;
      assertEquals(jpm, report.getDouble("items.find { it.employeeId == " + p.id() + " }.jobPersonMatch"), p.name());
    }
    List<Double> matches = report.getList("items.jobPersonMatch", Double.class);
    assertEquals(matches.stream().sorted().toList(), matches, "weakest match first");

    int lines = inG2.stream().mapToInt(p -> p.required().size()).sum();
    Response csv = api.as(agency.user("hr")).queryParam("unitId", g2).get("competency-gaps/report.csv");
    csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    List<CSVRecord> records =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.asString())).getRecords();
    assertEquals(lines, records.size());
    Person first = inG2.get(0);
    CSVRecord integritasLine =
        records.stream()
            .filter(r -> r.get("Nama").equals(first.name()) && r.get("Kode kompetensi").equals("M.01"))
            .findFirst()
            .orElseThrow();
    assertEquals(Integer.toString(first.required().get(integritas)), integritasLine.get("Level standar"));
    assertEquals(Integer.toString(first.current().get(integritas)), integritasLine.get("Level saat ini"));
    assertEquals("ASSESSMENT_CENTRE", integritasLine.get("Metode penilaian"));

    byte[] xlsx = api.as(agency.user("hr")).queryParam("unitId", g2).get("competency-gaps/report.xlsx").then().statusCode(200).extract().asByteArray();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertEquals(lines + 1, rows.size());
      assertEquals("NIP", rows.get(0).getCellText(0));
      assertTrue(rows.stream().skip(1).allMatch(r -> r.getCellText(7).matches("[1-5](\\.0)?")), "required levels are numbers 1-5");
    }
  }

  /** The summary kept for a person that the report would use now, as required/assessed/below/held; -1s if none. */
  private static List<Long> usableSummary(long employee) {
    String usable =
        " FROM competency.gap_summary g JOIN platform.employee e ON e.id = g.employee_id AND e.position_id = g.position_id"
            + " WHERE g.employee_id = ? AND g.valid_years = 3 AND g.standard_hash = competency.standard_hash("
            + "(SELECT jsonb_object_agg(r.competency_id, r.required_level) FROM competency.required_level r WHERE r.position_id = g.position_id))";
    List<Long> figures = new ArrayList<>();
    for (String column : List.of("required", "assessed", "below", "held_capped")) {
      figures.add(TestDatabase.count("SELECT coalesce(max(g." + column + "), -1)" + usable, employee));
    }
    return figures;
  }

  @Test
  void eachPersonsKeptSummaryAgreesWithTheirLevels() {
    populate();
    // Recording the assessments kept each person's summary (the report reads it instead of all their levels).
    for (Person p : people) {
      long assessed = p.current().size();
      long below = p.current().entrySet().stream().filter(e -> e.getValue() < p.required().get(e.getKey())).count();
      long held = p.required().entrySet().stream().mapToLong(e -> Math.min(e.getValue(), p.current().getOrDefault(e.getKey(), 0))).sum();
      assertEquals(List.of((long) p.required().size(), assessed, below, held), usableSummary(p.id()), p.name());
    }
  }

  @Test
  void aChangedStandardIsReportedAtOnceAndItsSummariesAreRecomputedBySweep() {
    TestAgency changing = TestAgency.create("GPS");
    String hr = changing.user("hr");
    long m01 = api.as(hr).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    String standard = "positions/" + changing.position + "/competency-standard";
    api.as(hr).header("If-Match", api.as(hr).get(standard).header("ETag"))
        .body(Map.of("entries", List.of(Map.of("competencyId", m01, "requiredLevel", 3)))).put(standard).then().statusCode(200);
    api.as(hr).body(Map.of("competencyId", m01, "level", 2, "method", "ASSESSMENT_CENTRE"))
        .post("competency-profiles/" + changing.employeeA1 + "/assessments").then().statusCode(201);
    long required = usableSummary(changing.employeeA1).get(0);
    assertEquals(List.of(required, 1L, 1L, 2L), usableSummary(changing.employeeA1), "kept when the level was recorded");
    assertEquals(List.of(1, 1), belowAndLargest(hr, changing));

    // The standard drops to level 2: the summary no longer matches it, and the report reads the levels instead.
    api.as(hr).header("If-Match", api.as(hr).get(standard).header("ETag"))
        .body(Map.of("entries", List.of(Map.of("competencyId", m01, "requiredLevel", 2)))).put(standard).then().statusCode(200);
    assertEquals(List.of(-1L, -1L, -1L, -1L), usableSummary(changing.employeeA1));
    assertEquals(Arrays.asList(0, null), belowAndLargest(hr, changing));

    // The hourly sweep recomputes what no longer matches (the same database function).
    TestDatabase.count("SELECT competency.refresh_gap_summary(?, NULL)", changing.id);
    assertEquals(List.of(required, 1L, 0L, 2L), usableSummary(changing.employeeA1));
    assertEquals(Arrays.asList(0, null), belowAndLargest(hr, changing));
  }

  /** Below-standard count and largest gap of the agency's employee A1 in the gap report of unit A. */
  private List<Integer> belowAndLargest(String hr, TestAgency in) {
    JsonPath report = api.as(hr).queryParam("unitId", in.unitA).get("competency-gaps/report").then().statusCode(200).extract().jsonPath();
    String me = "items.find { it.employeeId == " + in.employeeA1 + " }";
    return Arrays.asList(report.getInt(me + ".below"), report.get(me + ".largestGap"));
  }

  @Test
  void onlyHrReportsOnUnitsAndOnlyOnTheirOwnAgency() {
    populate();
    api.as(agency.user("supervisor")).get("competency-gaps/heat-map").then().statusCode(403);
    api.as(agency.user("employee")).queryParam("competencyId", integritas).get("competency-gaps/employees").then().statusCode(403);
    TestAgency other = TestAgency.create("GPO");
    api.as(other.user("hr")).queryParam("unitId", g).get("competency-gaps/heat-map").then().statusCode(404);
    api.as(other.user("hr")).queryParam("unitId", g).get("competency-gaps/report.csv").then().statusCode(404);
    // Another agency's whole-agency map does not count this agency's people.
    assertEquals(6, api.as(other.user("hr")).get("competency-gaps/heat-map").jsonPath().getLong("total.employees"));
    api.as(agency.user("hr"))
        .get("competency-gaps/employees")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("competencyId"));
  }

  @Test
  void aSupervisorSeesTheirDirectReports() {
    populate();
    JsonPath team = api.as(agency.user("supervisor")).get("competency-gaps/team").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(agency.colleagueA1, agency.employeeA1).stream().sorted().toList(), team.getList("items.employeeId", Long.class).stream().sorted().toList());
    assertEquals(0.0, team.getDouble("items[0].jobPersonMatch"));
  }

  @Test
  void whenSomeoneMovesUnitTheirLevelsMoveWithThemOnTheHeatMap() {
    TestAgency moving = TestAgency.create("GPM");
    String hr = moving.user("hr");
    long m01 = api.as(hr).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    String standard = "positions/" + moving.position + "/competency-standard";
    api.as(hr).header("If-Match", api.as(hr).get(standard).header("ETag"))
        .body(Map.of("entries", List.of(Map.of("competencyId", m01, "requiredLevel", 3)))).put(standard).then().statusCode(200);
    api.as(hr).body(Map.of("competencyId", m01, "level", 1, "method", "ASSESSMENT_CENTRE"))
        .post("competency-profiles/" + moving.employeeA1 + "/assessments").then().statusCode(201);
    assertEquals(List.of(1L, 0L), belowInAAndB(hr, moving, m01));

    // HR moves the employee from A1 to B; the platform's event moves their level on the map.
    Response current = api.as(hr).get("employees/" + moving.employeeA1);
    Map<String, Object> body = new HashMap<>();
    body.put("nip", current.jsonPath().getString("nip"));
    body.put("name", current.jsonPath().getString("name"));
    body.put("unitId", moving.unitB);
    body.put("positionId", moving.position);
    api.as(hr).header("If-Match", current.header("ETag")).body(body).put("employees/" + moving.employeeA1).then().statusCode(200);
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (!belowInAAndB(hr, moving, m01).equals(List.of(0L, 1L)) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertEquals(List.of(0L, 1L), belowInAAndB(hr, moving, m01));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT coalesce(sum(n), 0) FROM competency.level_tally WHERE agency_id = ? AND unit_id = ? AND competency_id = ?",
            moving.id, moving.unitB, m01));
  }

  /** People below standard in the competency in the rows of unit A (with A1) and unit B, under the root. */
  private List<Long> belowInAAndB(String hr, TestAgency in, long competency) {
    JsonPath map = api.as(hr).queryParam("unitId", in.rootUnit).get("competency-gaps/heat-map").jsonPath();
    return List.of(
        map.getLong("rows.find { it.unit?.id == " + in.unitA + " }.cells.find { it.competencyId == " + competency + " }.below"),
        map.getLong("rows.find { it.unit?.id == " + in.unitB + " }.cells.find { it.competencyId == " + competency + " }.below"));
  }
}
