package id.bina.app.competency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The competency dictionary: national seed, agencies' technical competencies, revisions and retirement. */
class CompetencyDictionaryIT extends ApiTestBase {

  private static TestAgency agency;
  private static TestAgency other;

  @BeforeAll
  static void agencies() {
    agency = TestAgency.create("CMP");
    other = TestAgency.create("CMO");
  }

  private Response create(TestAgency in, String code) {
    return api.as(in.user("hr")).body(CompetencyBodies.technical(code)).post("competencies");
  }

  @Test
  void theNationalDictionaryIsSeededAndMarkedAsNotTheOfficialWording() {
    api.as(agency.user("employee"))
        .queryParam("category", "MANAGERIAL")
        .get("competencies")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(8))
        .body("items.code", hasItems("M.01", "M.08"))
        .body("items.nameId", hasItems("Integritas", "Pengambilan Keputusan"))
        .body("items.national", everyItem(equalTo(true)));
    long perekatBangsa =
        api.as(agency.user("employee"))
            .queryParam("category", "socio_emotional")
            .get("competencies")
            .then()
            .statusCode(200)
            .body("items.nameId", equalTo(List.of("Perekat Bangsa")))
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    api.as(agency.user("employee"))
        .get("competencies/" + perekatBangsa)
        .then()
        .statusCode(200)
        .body("officialText", equalTo(false))
        .body("levels.level", equalTo(List.of(1, 2, 3, 4, 5)))
        .body("levels[0].descriptionEn", containsString("plurality"));
  }

  @Test
  void anAgencysTechnicalCompetencyIsItsOwn() {
    String code = "T.KEU." + System.nanoTime() % 100_000;
    long id = create(agency, code).then().statusCode(201).body("revision", equalTo(1)).extract().jsonPath().getLong("id");
    api.as(agency.user("employee")).get("competencies/" + id).then().statusCode(200).body("levels[2].indicators.size()", equalTo(3));
    api.as(other.user("hr")).get("competencies/" + id).then().statusCode(404);
    api.as(other.user("hr"))
        .queryParam("q", code)
        .get("competencies")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    // Another agency may use the same code for its own competency.
    create(other, code).then().statusCode(201);
    create(agency, code).then().statusCode(409).contentType("application/problem+json");
  }

  @Test
  void anEditMakesARevisionAndEarlierRevisionsKeepTheirTexts() {
    Response created = create(agency, "T.REV." + System.nanoTime() % 100_000);
    long id = created.jsonPath().getLong("id");
    api.as(agency.user("hr"))
        .header("If-Match", created.header("ETag"))
        .body(CompetencyBodies.technical(null, "Pengelolaan Keuangan Negara (revisi)", "Tingkat baru"))
        .put("competencies/" + id)
        .then()
        .statusCode(200)
        .body("revision", equalTo(2))
        .body("levels[0].descriptionId", equalTo("Tingkat baru 1"));

    api.as(agency.user("employee"))
        .queryParam("revision", 1)
        .get("competencies/" + id)
        .then()
        .statusCode(200)
        .body("revision", equalTo(1))
        .body("currentRevision", equalTo(2))
        .body("nameId", equalTo("Pengelolaan Keuangan Negara"))
        .body("levels[0].descriptionId", equalTo("Tingkat 1"));

    // A writer still holding the first version overwrites nothing.
    api.as(agency.user("admin"))
        .header("If-Match", created.header("ETag"))
        .body(CompetencyBodies.technical(null, "Tertimpa", "Tertimpa"))
        .put("competencies/" + id)
        .then()
        .statusCode(412);
    assertEquals(
        2, TestDatabase.count("SELECT count(*) FROM competency.competency_revision WHERE competency_id = ?", id));
  }

  @Test
  void levelsOutsideOneToFiveAreRefusedFieldByFieldAndNothingIsStored() {
    String code = "T.BAD." + System.nanoTime() % 100_000;
    Map<String, Object> body = CompetencyBodies.technical(code);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> levels = (List<Map<String, Object>>) body.get("levels");
    levels.set(4, Map.of("level", 6, "descriptionId", "Tingkat enam"));
    api.as(agency.user("hr"))
        .body(body)
        .post("competencies")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("levels[4].level"));
    levels.set(4, Map.of("level", 4, "descriptionId", "Tingkat empat lagi"));
    api.as(agency.user("hr"))
        .body(body)
        .post("competencies")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("levels"))
        .body("errors.message", hasItem(containsString("twice")));
    api.as(agency.user("hr"))
        .queryParam("category", "ASTROLOGY")
        .get("competencies")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM competency.competency WHERE code = ?", code));
  }

  @Test
  void theNationalDictionaryIsNotEditedByAgencies() {
    long integritas =
        api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    Response current = api.as(agency.user("hr")).get("competencies/" + integritas);
    api.as(agency.user("hr"))
        .header("If-Match", current.header("ETag"))
        .body(CompetencyBodies.technical(null))
        .put("competencies/" + integritas)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aRetiredCompetencyStaysReadableButIsNoLongerListedOrEdited() {
    String code = "T.OLD." + System.nanoTime() % 100_000;
    Response created = create(agency, code);
    long id = created.jsonPath().getLong("id");
    Response retired =
        api.as(agency.user("hr")).header("If-Match", created.header("ETag")).post("competencies/" + id + "/retirement");
    retired.then().statusCode(200).body("retiredAt", containsString("+08:00"));
    api.as(agency.user("employee")).get("competencies/" + id).then().statusCode(200);
    api.as(agency.user("hr")).queryParam("q", code).get("competencies").then().body("items.code", not(hasItem(code)));
    api.as(agency.user("hr"))
        .queryParam("q", code)
        .queryParam("includeRetired", true)
        .get("competencies")
        .then()
        .body("items.code", hasItem(code))
        .body("items[0].retired", equalTo(true));
    api.as(agency.user("hr"))
        .header("If-Match", retired.header("ETag"))
        .body(CompetencyBodies.technical(null))
        .put("competencies/" + id)
        .then()
        .statusCode(409);
  }

  /** A CSV of technical competencies: one line per competency and level. */
  private static String dictionaryCsv(String code, String name, String levelPrefix) {
    StringBuilder csv = new StringBuilder("code,name_id,definition_id,level,description_id,indicators,name_en\n");
    for (int level = 1; level <= 5; level++) {
      csv.append(code).append(",\"").append(name).append("\",\"Kemampuan ").append(name.toLowerCase()).append(".\",")
          .append(level).append(",\"").append(levelPrefix).append(' ').append(level).append("\",\"Indikator ").append(level)
          .append(".1 | Indikator ").append(level).append(".2\",").append(level == 1 ? "Procurement" : "").append('\n');
    }
    return csv.toString();
  }

  private Response importDictionary(String csv) {
    return api.as(agency.user("hr")).contentType("text/csv").body(csv).post("competencies/import");
  }

  @Test
  void hrImportsTechnicalCompetenciesFromCsvAndAReimportOnlyRevisesWhatChanged() {
    String first = "T.PBJ." + agency.code;
    String second = "T.ARS." + agency.code;
    String csv = dictionaryCsv(first, "Pengadaan Barang/Jasa", "Tingkat") + dictionaryCsv(second, "Kearsipan", "Tingkat").lines().skip(1).map(l -> l + "\n").reduce("", String::concat);
    importDictionary(csv).then().statusCode(200).body("created", equalTo(2)).body("revised", equalTo(0)).body("rows", equalTo(10));
    long id = api.as(agency.user("hr")).queryParam("q", first).get("competencies").jsonPath().getLong("items[0].id");
    api.as(agency.user("employee"))
        .get("competencies/" + id)
        .then()
        .body("nameId", equalTo("Pengadaan Barang/Jasa"))
        .body("nameEn", equalTo("Procurement"))
        .body("levels[2].descriptionId", equalTo("Tingkat 3"))
        .body("levels[2].indicators", equalTo(List.of("Indikator 3.1", "Indikator 3.2")));
    // The same file again changes nothing; a changed level text makes revision 2 of that competency only.
    importDictionary(csv).then().statusCode(200).body("created", equalTo(0)).body("revised", equalTo(0)).body("unchanged", equalTo(2));
    String changed = dictionaryCsv(first, "Pengadaan Barang/Jasa", "Jenjang");
    importDictionary(changed).then().statusCode(200).body("revised", equalTo(1));
    api.as(agency.user("hr")).get("competencies/" + id).then().body("currentRevision", equalTo(2)).body("levels[0].descriptionId", equalTo("Jenjang 1"));
    api.as(agency.user("hr")).queryParam("revision", 1).get("competencies/" + id).then().body("levels[0].descriptionId", equalTo("Tingkat 1"));
    // Another agency's dictionary does not hold them.
    api.as(other.user("hr")).queryParam("q", first).get("competencies").then().body("totalItems", equalTo(0));
  }

  @Test
  void aBadDictionaryFileIsRefusedRowByRowAndNothingIsStored() {
    String code = "T.BAD." + agency.code;
    String csv =
        dictionaryCsv(code, "Kehumasan", "Tingkat")
            .replace(code + ",\"Kehumasan\",\"Kemampuan kehumasan.\",4,", code + ",\"Kehumasan\",\"Kemampuan kehumasan.\",9,");
    importDictionary(csv)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(containsString("levels[3].level")))
        .body("errors[0].row", equalTo(1));
    importDictionary("code,name_id\nX,Y\n").then().statusCode(400).body("errors.field", hasItems("level", "indicators"));
    api.as(agency.user("hr")).queryParam("q", code).get("competencies").then().body("totalItems", equalTo(0));
  }
}
