package id.bina.app.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox: only the recipient sees and marks their notifications, newest first, with the unread count. */
class NotificationIT extends ApiTestBase {

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("NTF");
  }

  /** Written directly, minutes apart, so that the order is known; the modules' own writes are tested with them. */
  private static long notification(TestAgency agency, long recipient, String text, int minutesAgo) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO platform.notification (id, agency_id, recipient_employee_id, topic, subject_type, subject_id, text, created_at)"
                    + " VALUES (nextval('platform.notification_seq'), ?, ?, 'TEST', 'Test', 42, ?, now() - make_interval(mins => ?)) RETURNING id")) {
      s.setLong(1, agency.id);
      s.setLong(2, recipient);
      s.setString(3, text);
      s.setInt(4, minutesAgo);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theRecipientSeesTheirNotificationsNewestFirstAndMarksThemRead() {
    long oldest = notification(agency, agency.employeeA1, "Pesan pertama", 30);
    long middle = notification(agency, agency.employeeA1, "Pesan kedua", 20);
    long newest = notification(agency, agency.employeeA1, "Pesan ketiga", 10);
    notification(agency, agency.colleagueA1, "Untuk rekan", 5);

    api.as(agency.user("employee"))
        .get("notifications")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body("unread", equalTo(3))
        .body("items.id", equalTo(List.of((int) newest, (int) middle, (int) oldest)))
        .body("items[0].text", equalTo("Pesan ketiga"))
        .body("items[0].subjectType", equalTo("Test"))
        .body("items[0].subjectId", equalTo(42))
        .body("items.read", everyItem(equalTo(false)))
        .body("items[0].createdAt", org.hamcrest.Matchers.endsWith("+08:00")); // the agency's WITA

    String readAt =
        api.as(agency.user("employee"))
            .post("notifications/" + middle + "/read")
            .then()
            .statusCode(200)
            .body("read", equalTo(true))
            .body("readAt", notNullValue())
            .extract()
            .path("readAt");
    // Reading it again changes nothing.
    api.as(agency.user("employee")).post("notifications/" + middle + "/read").then().statusCode(200).body("readAt", equalTo(readAt));

    api.as(agency.user("employee"))
        .queryParam("unread", true)
        .get("notifications")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("unread", equalTo(2))
        .body("items.id", equalTo(List.of((int) newest, (int) oldest)));
    api.as(agency.user("employee"))
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("notifications")
        .then()
        .body("items.id", equalTo(List.of((int) middle)))
        .body("totalItems", equalTo(3))
        .body("unread", equalTo(2));
  }

  @Test
  void nobodyElseSeesOrMarksThem() {
    long mine = notification(agency, agency.employeeA1, "Hanya untuk saya", 1);
    TestAgency other = TestAgency.create("NTO");
    for (String who : List.of("supervisor", "hr", "employeeB", "admin")) {
      api.as(agency.user(who)).post("notifications/" + mine + "/read").then().statusCode(404).contentType("application/problem+json");
      api.as(agency.user(who)).get("notifications").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem((int) mine)));
    }
    api.as(other.user("employee")).post("notifications/" + mine + "/read").then().statusCode(404);
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM platform.notification WHERE id = ? AND read_at IS NULL", mine));
  }

  @Test
  void anAccountWithoutAnEmployeeRecordHasAnEmptyInbox() {
    api.as(agency.user("admin"))
        .get("notifications")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("totalItems", equalTo(0))
        .body("unread", equalTo(0));
    api.as(agency.user("employee")).queryParam("size", 500).get("notifications").then().statusCode(400).body("errors.field", hasItem("size"));
    api.anonymous().get("notifications").then().statusCode(401);
  }
}
