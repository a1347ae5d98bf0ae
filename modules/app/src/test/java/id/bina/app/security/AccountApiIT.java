package id.bina.app.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Administrators manage their agency's login accounts; nobody widens or locks their own access. */
class AccountApiIT extends ApiTestBase {

  private static TestAgency agency;
  private static TestAgency other;

  @BeforeAll
  static void agencies() {
    agency = TestAgency.create("ACC");
    other = TestAgency.create("ACO");
  }

  private Response create(String username, String password, List<String> roles) {
    return api.as(agency.user("admin"))
        .body(Map.of("username", username, "password", password, "employeeId", agency.employeeB, "roles", roles))
        .post("accounts");
  }

  @Test
  void aNewAccountLogsInWithItsRolesAndCanBeDisabled() {
    String username = agency.code.toLowerCase() + "-baru";
    Response created = create(username, "sandi-yang-cukup-panjang", List.of("EMPLOYEE", "MENTOR"));
    created.then().statusCode(201).body("roles", hasItem("MENTOR")).body("enabled", equalTo(true));
    long id = created.jsonPath().getLong("id");

    api.anonymous().auth().preemptive().basic(username, "sandi-yang-cukup-panjang").get("units").then().statusCode(200);
    api.anonymous()
        .auth()
        .preemptive()
        .basic(username, "sandi-yang-cukup-panjang")
        .get("employees/" + agency.employeeB)
        .then()
        .statusCode(200);

    api.as(agency.user("admin"))
        .header("If-Match", created.header("ETag"))
        .body(Map.of("roles", List.of("EMPLOYEE"), "enabled", false))
        .put("accounts/" + id)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    api.anonymous().auth().preemptive().basic(username, "sandi-yang-cukup-panjang").get("units").then().statusCode(401);

    api.as(agency.user("hr"))
        .queryParam("subjectType", "UserAccount")
        .queryParam("subjectId", id)
        .get("audit-entries")
        .then()
        .body("totalItems", equalTo(2))
        .body("items[0].changes.enabled.to", equalTo("false"));
  }

  @Test
  void badInputIsAnsweredFieldByField() {
    api.as(agency.user("admin"))
        .body(Map.of("username", "bad name!", "password", "pendek", "roles", List.of("EMPLOYEE")))
        .post("accounts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("username"))
        .body("errors.field", hasItem("password"));
    create(agency.user("hr"), "sandi-yang-cukup-panjang", List.of("EMPLOYEE")).then().statusCode(409);
  }

  @Test
  void anAdministratorCannotChangeTheirOwnRolesOrDisableThemselves() {
    long self =
        api.as(agency.user("admin"))
            .queryParam("size", 200)
            .get("accounts")
            .jsonPath()
            .getLong("items.find { it.username == '" + agency.user("admin") + "' }.id");
    Response current = api.as(agency.user("admin")).get("accounts/" + self);
    api.as(agency.user("admin"))
        .header("If-Match", current.header("ETag"))
        .body(Map.of("roles", List.of("ADMIN", "HR_MANAGER"), "enabled", true))
        .put("accounts/" + self)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    api.as(agency.user("admin"))
        .header("If-Match", current.header("ETag"))
        .body(Map.of("roles", List.of("ADMIN"), "enabled", false))
        .put("accounts/" + self)
        .then()
        .statusCode(403);
  }

  @Test
  void anotherAgencysAccountsAreInvisible() {
    api.as(other.user("admin"))
        .queryParam("size", 200)
        .get("accounts")
        .then()
        .statusCode(200)
        .body("items.username", org.hamcrest.Matchers.not(hasItem(agency.user("hr"))));
  }
}
