package id.bina.app.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TestMail;
import id.bina.app.support.TrainingBodies;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail copies of notifications, through a GreenMail SMTP server on the port every test server is pointed at
 * ({@link TestMail}): a state change is mailed after commit; with the mail server down the notification is in
 * the inbox at once, the copy is retried and sent when the server is back, or given up after the last attempt.
 */
class NotificationMailIT extends ApiTestBase {

  private static final AtomicInteger CODES = new AtomicInteger();
  private static GreenMail smtp;

  private TestAgency agency;
  private String employeeAddress;
  private String supervisorAddress;

  private static void startSmtp() {
    smtp = new GreenMail(new ServerSetup(TestMail.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private static void stopSmtp() {
    if (smtp != null && smtp.isRunning()) {
      smtp.stop();
    }
  }

  @BeforeEach
  void freshAgencyWithAddresses() throws SQLException {
    if (smtp == null || !smtp.isRunning()) {
      startSmtp();
    }
    agency = TestAgency.create("EML");
    employeeAddress = "pegawai-" + agency.code.toLowerCase() + "@bina.test";
    supervisorAddress = "atasan-" + agency.code.toLowerCase() + "@bina.test";
    // The employee's address through the employee API (HR), the supervisor's straight into the database.
    Response employee = api.as(agency.user("hr")).get("employees/" + agency.employeeA1);
    employee.then().statusCode(200);
    JsonPath e = employee.jsonPath();
    Map<String, Object> body = new HashMap<>();
    body.put("nip", e.getString("nip"));
    body.put("name", e.getString("name"));
    body.put("unitId", e.getLong("unit.id"));
    body.put("positionId", e.getLong("position.id"));
    body.put("supervisorId", e.getLong("supervisorId"));
    body.put("email", employeeAddress);
    api.as(agency.user("hr")).header("If-Match", employee.header("ETag")).body(body).put("employees/" + agency.employeeA1)
        .then().statusCode(200).body("email", equalTo(employeeAddress));
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("UPDATE platform.employee SET email = ? WHERE id = ?")) {
      s.setString(1, supervisorAddress);
      s.setLong(2, agency.supervisor);
      s.executeUpdate();
    }
  }

  @AfterAll
  static void stopServer() {
    stopSmtp();
  }

  /** An open class; the employee requests a seat in it (a seat is held, the supervisor is asked). */
  private Response requestSeat() {
    String hr = agency.user("hr");
    long course = TrainingBodies.publishedCourse(api, hr, TrainingBodies.course("EML-" + CODES.incrementAndGet())).jsonPath().getLong("id");
    Map<String, Object> k = TrainingBodies.trainingClass(course, "EML-K" + CODES.incrementAndGet(), 30);
    k.put("name", "Angkatan Surat " + agency.code);
    long classId = TrainingBodies.trainingClass(api, hr, k, "open").jsonPath().getLong("id");
    Response requested = api.as(agency.user("employee")).body(Map.of("classId", classId)).post("enrolments");
    requested.then().statusCode(201).body("status", equalTo("PENDING_APPROVAL"));
    return requested;
  }

  private Response reject(Response enrolment) {
    Response rejected =
        api.as(agency.user("supervisor"))
            .header("If-Match", enrolment.header("ETag"))
            .body(Map.of("reason", "Beban kerja kuartal ini"))
            .post("enrolments/" + enrolment.jsonPath().getLong("id") + "/rejection");
    rejected.then().statusCode(200).body("status", equalTo("REJECTED"));
    return rejected;
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
              } catch (MessagingException ex) {
                throw new IllegalStateException(ex);
              }
            })
        .toList();
  }

  private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
    Instant until = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
      }
      Thread.sleep(200);
    }
  }

  private long mailCount(String topic, String status, int attempts) {
    return TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = ? AND mail_status = ? AND mail_attempts = ?",
        agency.employeeA1, topic, status, attempts);
  }

  @Test
  void aStateChangeIsMailedToThePersonAndTheApprover() throws Exception {
    requestSeat();
    await("a mail to the employee and one to the supervisor", Duration.ofSeconds(30),
        () -> mailsTo(employeeAddress).size() == 1 && mailsTo(supervisorAddress).size() == 1);

    MimeMessage mine = mailsTo(employeeAddress).get(0);
    assertTrue(mine.getSubject().startsWith("[Bina] Permintaan Anda untuk kelas Angkatan Surat " + agency.code), mine.getSubject());
    assertTrue(GreenMailUtil.getBody(mine).contains("menunggu persetujuan atasan"));
    assertEquals("bina-test@bina.test", mine.getFrom()[0].toString());
    MimeMessage approver = mailsTo(supervisorAddress).get(0);
    assertTrue(approver.getSubject().contains("meminta kursi di kelas Angkatan Surat " + agency.code), approver.getSubject());

    assertEquals(1, mailCount("ENROLMENT_REQUESTED", "SENT", 1));
    // People without an address (the HR manager, the colleague) are not mailed at all.
    assertEquals(0, TestDatabase.count(
        "SELECT count(*) FROM platform.notification WHERE agency_id = ? AND mail_status IS NOT NULL AND recipient_employee_id NOT IN (?, ?)",
        agency.id, agency.employeeA1, agency.supervisor));
  }

  @Test
  void withTheMailServerDownTheNotificationIsInTheInboxAndTheMailFollowsWhenItIsBack() throws Exception {
    Response enrolment = requestSeat();
    await("the request's mails", Duration.ofSeconds(30), () -> mailsTo(employeeAddress).size() == 1);
    stopSmtp();

    reject(enrolment);
    // The rejection is in the inbox at once, whatever the mail server does.
    api.as(agency.user("employee")).get("notifications")
        .then().statusCode(200).body("items.topic", hasItem("ENROLMENT_REJECTED"));
    await("a failed first attempt recorded", Duration.ofSeconds(30), () -> mailCount("ENROLMENT_REJECTED", "PENDING", 1) == 1);

    startSmtp();
    await("the rejection mailed on a later attempt", Duration.ofSeconds(40), () -> mailsTo(employeeAddress).size() == 1);
    assertTrue(GreenMailUtil.getBody(mailsTo(employeeAddress).get(0)).contains("Beban kerja kuartal ini"));
    await("the copy marked sent after more than one attempt", Duration.ofSeconds(10),
        () -> mailCount("ENROLMENT_REJECTED", "SENT", 2) + mailCount("ENROLMENT_REJECTED", "SENT", 3) == 1);
  }

  @Test
  void aMailThatKeepsFailingIsGivenUpAndTheNotificationStays() throws Exception {
    Response enrolment = requestSeat();
    await("the request's mails", Duration.ofSeconds(30), () -> mailsTo(employeeAddress).size() == 1);
    stopSmtp();

    reject(enrolment);
    // Attempts at once, 5 s and 15 s later: then given up, and the outbox is done with it (not retried forever).
    await("the copy given up after " + TestMail.MAX_ATTEMPTS + " attempts", Duration.ofSeconds(60),
        () -> mailCount("ENROLMENT_REJECTED", "FAILED", TestMail.MAX_ATTEMPTS) == 1);
    assertEquals(0, TestDatabase.count(
        "SELECT count(*) FROM platform.outbox_message m JOIN platform.notification n ON m.payload = '{\"notificationId\":' || n.id || '}'"
            + " WHERE n.recipient_employee_id = ? AND n.topic = 'ENROLMENT_REJECTED' AND m.delivered_at IS NULL", agency.employeeA1));
    api.as(agency.user("employee")).get("notifications?unread=true")
        .then().statusCode(200).body("items.topic", hasItem("ENROLMENT_REJECTED"));
    startSmtp();
  }
}
