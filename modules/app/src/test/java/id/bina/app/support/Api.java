package id.bina.app.support;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;

/** REST Assured requests against a deployed Bina, as one of the test accounts or anonymously. */
public final class Api {

  private final URL base;

  public Api(URL base) {
    this.base = base;
  }

  public RequestSpecification as(String username) {
    return anonymous().auth().preemptive().basic(username, TestAgency.PASSWORD);
  }

  public RequestSpecification anonymous() {
    return given()
        .spec(new RequestSpecBuilder().setBaseUri(base.toString()).setBasePath("api/v1").build())
        .contentType(ContentType.JSON);
  }

  public RequestSpecification root() {
    return given().baseUri(base.toString());
  }
}
