package id.bina.app.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every module relies on: migrations, health, the API's error conventions, the OpenAPI document. */
class PlatformIT extends ApiTestBase {

  private static TestAgency agency;

  @BeforeAll
  static void agency() {
    agency = TestAgency.create("PLT");
  }

  @Test
  void readyWhenTheDatabaseAnswersAndIsMigrated() {
    api
        .root()
        .get("health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"))
        .body("checks.find { it.name == 'database' }.data.migrated", equalTo("true"));
    api.root().get("health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsAreServedForMonitoring() {
    api
        .root()
        .accept("text/plain")
        .get("metrics")
        .then()
        .statusCode(200)
        .body(containsString("memory_usedHeap"));
  }

  @Test
  void everyModuleOwnsASchemaMigratedOnceWhateverTheNumberOfStarts() throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      for (String module : new String[] {"platform", "competency", "training", "mentoring", "evaluation"}) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*), count(DISTINCT version), bool_and(success) FROM " + module + ".flyway_schema_history"
                    + " WHERE version IS NOT NULL")) {
          r.next();
          assertEquals(r.getLong(1), r.getLong(2), module + ": a migration was applied twice");
          assertTrue(r.getLong(1) == 0 || r.getBoolean(3), module + ": a migration failed");
        }
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM platform.agency WHERE code = 'DEMO'")) {
        r.next();
        assertEquals(1, r.getLong(1), "the demo agency is loaded exactly once");
      }
    }
  }

  @Test
  void anUnknownPathIsAProblemNotAnHtmlPage() {
    api
        .as(agency.user("hr"))
        .get("no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void malformedJsonIsA400WithoutInternals() {
    api
        .as(agency.user("hr"))
        .body("{\"nip\": ")
        .post("employees")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(not(containsString("Exception")))
        .body(not(containsString("at org.")));
  }

  @Test
  void theOpenApiDocumentDescribesEveryModulesApiAndHasABrowsableUi() {
    api
        .root()
        .accept("application/json")
        .get("openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Bina API"))
        .body("paths.keySet()", hasItem("/api/v1/employees"))
        .body("paths.keySet()", hasItem("/api/v1/employees/import"))
        .body("components.securitySchemes.basic.scheme", equalTo("basic"));
    api.root().get("api-docs/").then().statusCode(200).body(containsString("swagger-ui"));
    api.root().get("webjars/swagger-ui/5.32.6/swagger-ui-bundle.js").then().statusCode(200);
  }
}
