package id.bina.app.competency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Position competency standards: defaults per kind of position, HR's entries, copy, import, concurrency. */
class PositionStandardIT extends ApiTestBase {

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("STD");
  }

  private String standard(long position) {
    return "positions/" + position + "/competency-standard";
  }

  private long national(String code) {
    return api.as(agency.user("hr")).queryParam("q", code).get("competencies").jsonPath().getLong("items[0].id");
  }

  private long technical(String code) {
    return api.as(agency.user("hr")).body(CompetencyBodies.technical(code)).post("competencies").jsonPath().getLong("id");
  }

  private long newPosition(String code, String positionClass, String grade) {
    Map<String, Object> body =
        grade == null
            ? Map.of("code", code, "name", "Jabatan " + code, "positionClass", positionClass)
            : Map.of("code", code, "name", "Jabatan " + code, "positionClass", positionClass, "functionalGrade", grade);
    return api.as(agency.user("hr")).body(body).post("positions").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  @Test
  void aPositionNeverWrittenRequiresTheDefaultLevelOfItsKind() {
    long analyst = newPosition("AN-" + agency.code, "FUNCTIONAL", "AHLI_MUDA");
    api.as(agency.user("employee"))
        .get(standard(analyst))
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("positionKind", equalTo("FUNCTIONAL:AHLI_MUDA"))
        .body("entries.size()", equalTo(9))
        .body("entries.source", everyItem(equalTo("DEFAULT")))
        .body("entries.requiredLevel", everyItem(equalTo(3)));
  }

  @Test
  void hrWritesEntriesAndTheRestKeepTheirDefault() {
    long keuangan = technical("T.KEU." + agency.code);
    long integritas = national("M.01");
    Response written =
        api.as(agency.user("hr"))
            .header("If-Match", "\"0\"")
            .body(
                Map.of(
                    "entries",
                    List.of(
                        Map.of("competencyId", keuangan, "requiredLevel", 3),
                        Map.of("competencyId", integritas, "requiredLevel", 2))))
            .put(standard(agency.position));
    written
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("updatedBy", equalTo(agency.user("hr")))
        .body("entries.size()", equalTo(10))
        .body("entries.find { it.competencyId == " + keuangan + " }.requiredLevel", equalTo(3))
        .body("entries.find { it.competencyId == " + integritas + " }.source", equalTo("POSITION"))
        .body("entries.find { it.code == 'M.02' }.source", equalTo("DEFAULT"))
        .body("entries.find { it.code == 'M.02' }.requiredLevel", equalTo(1));

    // A second writer still holding version 0 overwrites nothing.
    api.as(agency.user("admin"))
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of()))
        .put(standard(agency.position))
        .then()
        .statusCode(412);

    long copyTarget = newPosition("COPY-" + agency.code, "PENGAWAS", null);
    api.as(agency.user("hr"))
        .header("If-Match", "\"0\"")
        .body(Map.of("fromPositionId", agency.position))
        .post(standard(copyTarget) + "/copy")
        .then()
        .statusCode(200)
        .body("entries.find { it.competencyId == " + keuangan + " }.requiredLevel", equalTo(3))
        .body("entries.find { it.code == 'M.02' }.requiredLevel", equalTo(2));
  }

  @Test
  void invalidEntriesAreNamedByPositionAndNothingChanges() {
    TestAgency other = TestAgency.create("STO");
    long theirs =
        api.as(other.user("hr")).body(CompetencyBodies.technical("T.X")).post("competencies").jsonPath().getLong("id");
    long integritas = national("M.01");
    api.as(agency.user("hr"))
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "entries",
                List.of(
                    Map.of("competencyId", integritas, "requiredLevel", 2),
                    Map.of("competencyId", theirs, "requiredLevel", 2),
                    Map.of("competencyId", integritas, "requiredLevel", 4))))
        .put(standard(agency.position))
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("entries[1].competencyId", "entries[2].competencyId"));
    api.as(agency.user("hr"))
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of(Map.of("competencyId", integritas, "requiredLevel", 7))))
        .put(standard(agency.position))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("entries[0].requiredLevel"));
    api.as(agency.user("hr")).get(standard(agency.position)).then().header("ETag", equalTo("\"0\""));
  }

  @Test
  void standardsImportFromCsvAllOrNothing() {
    long second = newPosition("IMP2-" + agency.code, "ADMINISTRATOR", null);
    String header = "position_code,competency_code,required_level\n";
    api.as(agency.user("hr"))
        .contentType("text/csv")
        .body(header + "PEL-" + agency.code + ",M.01,2\nIMP2-" + agency.code + ",M.02,9\nNOPE,M.01,1\n")
        .post("competency-standards/import")
        .then()
        .statusCode(400)
        .body("errors.find { it.row == 2 }.field", equalTo("required_level"))
        .body("errors.find { it.row == 3 }.field", equalTo("position_code"));
    api.as(agency.user("hr")).get(standard(agency.position)).then().header("ETag", equalTo("\"0\""));

    api.as(agency.user("hr"))
        .contentType("text/csv")
        .body(header + "PEL-" + agency.code + ",M.01,2\nIMP2-" + agency.code + ",M.02,4\nIMP2-" + agency.code + ",S.01,4\n")
        .post("competency-standards/import")
        .then()
        .statusCode(200)
        .body("rows", equalTo(3))
        .body("positions", equalTo(2));
    api.as(agency.user("hr"))
        .get(standard(second))
        .then()
        .body("entries.find { it.code == 'S.01' }.requiredLevel", equalTo(4))
        .body("entries.find { it.code == 'S.01' }.source", equalTo("POSITION"))
        .body("entries.find { it.code == 'M.01' }.requiredLevel", equalTo(3));
  }

  @Test
  void anAgencyMaySetItsOwnDefaultLevelsWithoutTouchingOthers() {
    TestAgency other = TestAgency.create("STP");
    api.as(agency.user("hr"))
        .body(Map.of("EXECUTOR", 2))
        .put("competency-standards/default-levels")
        .then()
        .statusCode(200)
        .body("find { it.positionKind == 'EXECUTOR' }.level", equalTo(2))
        .body("find { it.positionKind == 'EXECUTOR' }.source", equalTo("AGENCY"));
    api.as(agency.user("hr")).get(standard(agency.position)).then().body("entries.requiredLevel", everyItem(equalTo(2)));
    api.as(other.user("hr")).get(standard(other.position)).then().body("entries.requiredLevel", everyItem(equalTo(1)));
    api.as(agency.user("hr"))
        .body(Map.of("ASTRONAUT", 3))
        .put("competency-standards/default-levels")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("levels.ASTRONAUT"));
  }
}
