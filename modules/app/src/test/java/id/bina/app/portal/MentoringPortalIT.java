package id.bina.app.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.Api;
import id.bina.app.support.BinaDeployment;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mentoring in a real browser (the Selenium set-up of {@link PortalIT}): HR defines a programme, approves a
 * mentor into the pool, sees the ranked suggestions with their reasons and assigns; the mentee writes and
 * signs the agreement; the follow-up board shows the mentoring, and flags it once it stalled. Then the
 * mentor's side: an agreed action marked done, the agreement signed, the goals rated and the mentoring
 * completed, and the mentee's final assessment and feedback. And on a phone: an employee offers to mentor, HR
 * approves, a mentee asks for that mentor, the mentor accepts, logs a session and the mentee confirms it; HR
 * pauses and resumes the mentoring, the mentor ends it early with a reason and leaves the pool. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentoringPortalIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("bina.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("bina.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static ChromeDriverService driverService;
  private static WebDriver browser;
  private static Path profile;

  @ArquillianResource URL base;

  private TestAgency agency;
  private Api api;
  private long integritas;

  @Deployment(testable = false)
  static WebArchive bina() {
    return BinaDeployment.war();
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(
            binary + " is missing: the portal's browser tests need Chromium and its driver (Debian: apt-get install -y chromium"
                + " chromium-driver), or point -Dbina.chromium and -Dbina.chromedriver at them");
      }
    }
    Files.createDirectories(SCREENSHOTS);
    // A fresh profile per run; the flags keep Chromium from calling home on a closed network.
    profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
    driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(driverService, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (driverService != null) {
      driverService.stop();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /**
   * Each test gets its own agency, where the position requires M.01 at level 4 and the mentee employeeA1
   * holds it at level 2; the mentor account's employee holds it at level 4.
   */
  @BeforeEach
  void freshAgencyLoggedOut() {
    agency = TestAgency.create("MPT");
    api = new Api(base);
    String hr = agency.user("hr");
    integritas = api.as(hr).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    api.as(hr)
        .header("If-Match", "\"0\"")
        .body(Map.of("entries", List.of(Map.of("competencyId", integritas, "requiredLevel", 4))))
        .put("positions/" + agency.position + "/competency-standard")
        .then()
        .statusCode(200);
    assess(agency.employeeA1, 2);
    assess(agency.mentor, 4);
    browser.manage().window().setSize(new Dimension(1280, 900));
    open("login.xhtml");
    browser.manage().deleteAllCookies();
  }

  private void assess(long employee, int level) {
    api.as(agency.user("hr"))
        .body(Map.of("competencyId", integritas, "level", level, "method", "ASSESSMENT_CENTRE"))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .statusCode(201);
  }

  @Test
  void hrApprovesAMentorAndAssignsTheBestSuggestionTheMenteeSignsTheAgreementAndTheBoardFollowsIt() {
    // The mentor offers to mentor in M.01 (through the API, as the portal has no page for it yet).
    api.as(agency.user("mentor"))
        .body(Map.of("competencyIds", List.of(integritas), "maxMentees", 2, "availability", "Selasa sore"))
        .post("mentoring/mentors")
        .then()
        .statusCode(201);

    login("hr");
    awaitTitle("Pengelola SDM");
    click(By.id("mentoring-programmes-link"));
    awaitTitle("Program pembimbingan");
    String programme = "Orientasi CPNS " + agency.code;
    type(By.id("programme:name"), programme);
    new Select(browser.findElement(By.id("programme:kind"))).selectByValue("ONBOARDING");
    type(By.id("programme:duration"), "6");
    type(By.id("programme:target"), "2");
    type(By.id("programme:jp"), "1.5");
    click(By.id("programme:save"));
    awaitTitle("Program pembimbingan");
    assertTrue(text(By.id("messages")).contains("Program tersimpan"), text(By.id("messages")));
    // Edit it: three sessions a month.
    click(By.cssSelector("a[data-programme='" + programme + "']"));
    awaitTitle("Program pembimbingan");
    assertEquals(programme, browser.findElement(By.id("programme:name")).getAttribute("value"));
    type(By.id("programme:target"), "3");
    click(By.id("programme:save"));
    awaitTitle("Program pembimbingan");
    assertEquals(
        3, TestDatabase.count("SELECT target_sessions_per_month FROM mentoring.programme WHERE agency_id = ? AND name = ?", agency.id, programme));
    screenshot("mentoring-programmes");

    open("portal/hr/mentor-pool.xhtml");
    awaitTitle("Kelompok mentor");
    By application = By.cssSelector("div[data-mentor='Mentor " + agency.code + "']");
    assertTrue(text(application).contains("M.01"), text(application));
    click(By.cssSelector("div[data-mentor='Mentor " + agency.code + "'] button[id$='yes']"));
    awaitTitle("Kelompok mentor");
    assertTrue(text(By.id("messages")).contains("disetujui"), text(By.id("messages")));
    assertTrue(browser.findElements(application).isEmpty(), "no longer an application");
    assertTrue(text(By.id("mentors")).contains("Mentor " + agency.code), text(By.id("mentors")));
    screenshot("mentor-pool");

    open("portal/hr.xhtml");
    awaitTitle("Pengelola SDM");
    click(By.id("mentoring-matching-link"));
    awaitTitle("Pemasangan mentor");
    new Select(browser.findElement(By.id("programme"))).selectByVisibleText(programme);
    type(By.id("q"), "Employee A1");
    click(By.id("search"));
    awaitTitle("Pemasangan mentor");
    click(By.cssSelector("a[data-mentee^='Employee A1']"));
    awaitTitle("Pemasangan mentor");
    assertTrue(text(By.id("gaps")).contains("M.01 (2 level)"), text(By.id("gaps")));
    By suggestion = By.cssSelector("div[data-mentor='Mentor " + agency.code + "'][data-rank='1']");
    String why = text(suggestion);
    // The whole gap lies in M.01, which the mentor offers (70 points); both places are free (30 points).
    assertTrue(why.contains("100.0"), why);
    assertTrue(why.contains("Menutup 100% kesenjangan mentee (70.0 dari 70 poin): M.01"), why);
    assertTrue(why.contains("2 tempat tersisa (30.0 dari 30 poin)"), why);
    screenshot("mentoring-matching");
    click(By.cssSelector("div[data-mentor='Mentor " + agency.code + "'] button[id$='go']"));
    awaitTitle("Pemantauan pembimbingan");
    assertTrue(text(By.id("messages")).contains("Employee A1"), text(By.id("messages")));
    assertTrue(text(By.cssSelector("[data-mentee^='Employee A1']")).startsWith("Employee A1"));
    long assignment =
        TestDatabase.count(
            "SELECT id FROM mentoring.assignment WHERE agency_id = ? AND mentee_employee_id = ? AND status = 'ACTIVE'", agency.id, agency.employeeA1);

    // The mentee writes the agreement: M.01 to level 4 in three months, their own rating 2 now; then signs it.
    browser.manage().deleteAllCookies();
    login("employee");
    awaitTitle("Pegawai");
    click(By.id("my-mentoring"));
    awaitTitle("Mentoring saya");
    click(By.cssSelector("a[data-programme='" + programme + "']"));
    awaitTitle("Kesepakatan mentoring");
    assertTrue(text(By.id("my-mentor")).contains("Mentor " + agency.code), text(By.id("my-mentor")));
    new Select(browser.findElement(By.name("goal-competency-0"))).selectByValue(Long.toString(integritas));
    new Select(browser.findElement(By.name("goal-target-0"))).selectByValue("4");
    setValue(By.name("goal-due-0"), TestAgency.today().plusMonths(3).toString());
    new Select(browser.findElement(By.name("goal-self-0"))).selectByValue("2");
    browser.findElement(By.id("actionPlan")).sendKeys("Membaca kode etik dan membahas dua kasus tiap bulan");
    click(By.id("agreement:save"));
    awaitTitle("Kesepakatan mentoring");
    assertTrue(text(By.id("messages")).contains("Kesepakatan tersimpan"), text(By.id("messages")));
    assertEquals(
        List.of(Long.toString(integritas), "4", "2"),
        List.of(selected("goal-competency-0"), selected("goal-target-0"), selected("goal-self-0")));
    click(By.id("sign:yes"));
    awaitTitle("Kesepakatan mentoring");
    assertTrue(text(By.id("messages")).contains("ditandatangani"), text(By.id("messages")));
    assertFalse(text(By.id("signatures")).endsWith("belum"), text(By.id("signatures")));
    screenshot("mentee-agreement");
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM mentoring.assignment_goal WHERE assignment_id = ? AND target_level = 4 AND self_level = 2", assignment));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM mentoring.assignment WHERE id = ? AND mentee_signed_at IS NOT NULL", assignment));

    // HR's board: the mentoring, not stalled; six weeks without a session (moved back) flags it.
    browser.manage().deleteAllCookies();
    login("hr");
    awaitTitle("Pengelola SDM");
    click(By.id("mentoring-follow-up-link"));
    awaitTitle("Pemantauan pembimbingan");
    By row = By.cssSelector("[data-mentee^='Employee A1']");
    assertEquals("false", browser.findElement(row).getAttribute("data-stalled"));
    browser.findElement(By.id("stalled")).click();
    click(By.id("apply"));
    awaitTitle("Pemantauan pembimbingan");
    assertTrue(browser.findElements(row).isEmpty(), "only stalled mentorings");
    update("UPDATE mentoring.assignment SET starts_on = starts_on - 42 WHERE id = ?", assignment);
    open("portal/hr/mentoring-follow-up.xhtml?stalled=true");
    awaitTitle("Pemantauan pembimbingan");
    assertEquals("true", browser.findElement(row).getAttribute("data-stalled"));
    WebElement held = browser.findElement(By.cssSelector("[data-held]"));
    assertEquals("0", held.getAttribute("data-held"));
    assertEquals("6", held.getAttribute("data-expected"), "three sessions a month, two months begun");
    screenshot("mentoring-follow-up");
  }

  @Test
  void theMentorMarksAnActionDoneRatesTheGoalsAndTheMenteeSeesTheOutcomeAndGivesFeedback() {
    String hr = agency.user("hr");
    Response applied = api.as(hr).body(Map.of("employeeId", agency.mentor, "competencyIds", List.of(integritas), "maxMentees", 3)).post("mentoring/mentors");
    long mentor = applied.jsonPath().getLong("id");
    api.as(hr).header("If-Match", applied.header("ETag")).post("mentoring/mentors/" + mentor + "/approval").then().statusCode(200);
    long programme =
        api.as(hr)
            .body(Map.of("name", "Kepemimpinan " + agency.code, "kind", "LEADERSHIP", "durationMonths", 6, "targetSessionsPerMonth", 2,
                "jpPerSession", 2, "unitRule", "ANY"))
            .post("mentoring/programmes")
            .jsonPath()
            .getLong("id");
    Response assigned =
        api.as(hr)
            .body(Map.of("programmeId", programme, "menteeId", agency.employeeA1, "mentorId", mentor, "startsOn", TestAgency.today().minusDays(14).toString()))
            .post("mentoring/assignments");
    assigned.then().statusCode(201);
    long assignment = assigned.jsonPath().getLong("id");
    String etag =
        api.as(agency.user("employee"))
            .header("If-Match", assigned.header("ETag"))
            .body(Map.of("goals", List.of(Map.of("competencyId", integritas, "targetLevel", 4, "dueOn", TestAgency.today().plusMonths(3).toString(), "selfLevel", 2)),
                "actionPlan", "Membaca kode etik"))
            .put("mentoring/assignments/" + assignment + "/agreement")
            .header("ETag");
    api.as(agency.user("employee")).header("If-Match", etag).post("mentoring/assignments/" + assignment + "/agreement/signature").then().statusCode(200);

    // The mentor logs a session with an agreed action, then marks the action done.
    browser.manage().window().setSize(new Dimension(390, 844));
    login("mentor");
    awaitTitle("Mentor");
    click(By.id("sessions-link"));
    awaitTitle("Mentee saya");
    WebElement card = browser.findElement(By.cssSelector("div[data-mentee^='Employee A1']"));
    setValue(card.findElement(By.cssSelector("input[id$='date']")), TestAgency.today().minusDays(1).toString());
    card.findElement(By.cssSelector("input[name='competencyWorked'][value='" + integritas + "']")).click();
    card.findElement(By.cssSelector("input[id$='action']")).sendKeys("Menyusun ringkasan kode etik");
    setValue(card.findElement(By.cssSelector("input[id$='actionDue']")), TestAgency.today().plusDays(7).toString());
    click(By.cssSelector("div[data-mentee^='Employee A1'] button[id$='save']"));
    awaitTitle("Mentee saya");
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM mentoring.session_competency c JOIN mentoring.session s ON s.id = c.session_id WHERE s.assignment_id = ? AND c.competency_id = ?",
        assignment, integritas), "the goal's competency ticked as worked on");
    open("portal/mentor.xhtml");
    awaitTitle("Mentor");
    click(By.id("actions-link"));
    awaitTitle("Tindak lanjut yang disepakati");
    By action = By.cssSelector("div[data-action='Menyusun ringkasan kode etik']");
    assertEquals("OPEN", browser.findElement(action).getAttribute("data-status"));
    screenshot("mentor-actions-phone");
    click(By.cssSelector("div[data-action='Menyusun ringkasan kode etik'] button[id$='done']"));
    awaitTitle("Tindak lanjut yang disepakati");
    assertEquals("DONE", browser.findElement(action).getAttribute("data-status"));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM mentoring.session_action a JOIN mentoring.session s ON s.id = a.session_id WHERE s.assignment_id = ? AND a.status = 'DONE'",
        assignment));

    // The mentor signs, rates the goal finally and completes the mentoring.
    open("portal/mentor/sessions.xhtml");
    awaitTitle("Mentee saya");
    click(By.cssSelector("div[data-mentee^='Employee A1'] a[id$='details']"));
    awaitTitle("Mentoring mentee");
    click(By.id("sign:yes"));
    awaitTitle("Mentoring mentee");
    new Select(browser.findElement(By.name("final-" + integritas))).selectByValue("4");
    click(By.id("assess:rate"));
    awaitTitle("Mentoring mentee");
    assertTrue(text(By.id("messages")).contains("Penilaian akhir tersimpan"), text(By.id("messages")));
    click(By.id("complete:done"));
    awaitTitle("Mentoring mentee");
    assertTrue(text(By.id("mentee-name")).contains("Selesai"), text(By.id("mentee-name")));
    screenshot("mentor-mentee-phone");

    // The mentee sees the target reached and answers the questionnaire once.
    browser.manage().deleteAllCookies();
    login("employee");
    awaitTitle("Pegawai");
    open("portal/employee/mentoring-agreement.xhtml?assignment=" + assignment);
    awaitTitle("Kesepakatan mentoring");
    assertEquals("true", browser.findElement(By.cssSelector("#final [data-reached]")).getAttribute("data-reached"));
    for (int question = 1; question <= 5; question++) {
      browser.findElement(By.cssSelector("input[name='q" + question + "'][value='" + (question == 3 ? 3 : 5) + "']")).click();
    }
    screenshot("mentee-feedback-phone");
    click(By.id("feedback:send"));
    awaitTitle("Kesepakatan mentoring");
    assertTrue(text(By.id("messages")).contains("Terima kasih"), text(By.id("messages")));
    assertTrue(browser.findElements(By.id("feedback")).isEmpty(), "feedback is given once");
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM mentoring.feedback WHERE mentor_id = ? AND q3 = 3 AND q5 = 5", mentor));
  }

  @Test
  void onAPhoneAnEmployeeOffersToMentorHrApprovesAMenteeAsksTheMentorAcceptsLogsASessionAndTheMenteeConfirmsIt() {
    String hr = agency.user("hr");
    String programme = "Orientasi " + agency.code;
    api.as(hr)
        .body(Map.of("name", programme, "kind", "ONBOARDING", "durationMonths", 6, "targetSessionsPerMonth", 2, "jpPerSession", 1.5, "unitRule", "ANY"))
        .post("mentoring/programmes")
        .then()
        .statusCode(201);
    assess(agency.employeeB, 4);
    String mentorName = "Employee B " + agency.code;
    browser.manage().window().setSize(new Dimension(390, 844));

    // Employee B (an EMPLOYEE account) offers to mentor in M.01.
    login("employeeB");
    awaitTitle("Pegawai");
    click(By.id("mentor-offer-link"));
    awaitTitle("Menjadi mentor");
    browser.findElement(By.cssSelector("input[name='competency'][data-code='M.01']")).click();
    new Select(browser.findElement(By.id("maxMentees"))).selectByValue("2");
    type(By.id("availability"), "Kamis pagi");
    screenshot("mentor-offer-phone");
    click(By.id("offer:send"));
    awaitTitle("Menjadi mentor");
    assertTrue(text(By.id("messages")).contains("Penawaran tersimpan"), text(By.id("messages")));
    assertEquals("APPLIED", browser.findElement(By.id("offer-status")).getAttribute("data-status"));

    // HR approves it on the pool page.
    browser.manage().deleteAllCookies();
    login("hr");
    awaitTitle("Pengelola SDM");
    open("portal/hr/mentor-pool.xhtml");
    awaitTitle("Kelompok mentor");
    assertTrue(text(By.cssSelector("div[data-mentor='" + mentorName + "']")).contains("Kamis pagi"));
    click(By.cssSelector("div[data-mentor='" + mentorName + "'] button[id$='yes']"));
    awaitTitle("Kelompok mentor");
    assertTrue(text(By.id("messages")).contains("disetujui"), text(By.id("messages")));
    long entry = TestDatabase.count("SELECT id FROM mentoring.mentor WHERE agency_id = ? AND employee_id = ? AND status = 'APPROVED'", agency.id, agency.employeeB);

    // The mentee asks for a mentor from the suggestions, which say why.
    browser.manage().deleteAllCookies();
    login("employee");
    awaitTitle("Pegawai");
    click(By.id("mentor-request-link"));
    awaitTitle("Minta mentor");
    new Select(browser.findElement(By.id("programme"))).selectByVisibleText(programme);
    click(By.id("show"));
    awaitTitle("Minta mentor");
    String why = text(By.cssSelector("div[data-mentor='" + mentorName + "'][data-rank='1']"));
    assertTrue(why.contains("Menutup 100% kesenjangan mentee (70.0 dari 70 poin): M.01"), why);
    new Select(browser.findElement(By.name("rank-1"))).selectByValue(Long.toString(entry));
    screenshot("mentor-request-phone");
    click(By.id("request:send"));
    awaitTitle("Mentoring saya");
    assertTrue(text(By.id("messages")).contains("Permintaan terkirim"), text(By.id("messages")));
    long assignment =
        TestDatabase.count(
            "SELECT id FROM mentoring.assignment WHERE agency_id = ? AND mentee_employee_id = ? AND status = 'REQUESTED' AND mentor_id = ?",
            agency.id, agency.employeeA1, entry);

    // The approval made Employee B a mentor: they land on the mentor page, accept and log a session.
    browser.manage().deleteAllCookies();
    login("employeeB");
    awaitTitle("Mentor");
    click(By.id("requests-link"));
    awaitTitle("Mentee saya");
    screenshot("mentor-requests-phone");
    click(By.cssSelector("div.bina-request[data-mentee^='Employee A1'] button[id$='accept']"));
    awaitTitle("Mentee saya");
    assertTrue(text(By.id("messages")).contains("Permintaan diterima"), text(By.id("messages")));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM mentoring.assignment WHERE id = ? AND status = 'ACTIVE'", assignment));
    WebElement card = browser.findElement(By.cssSelector("div.bina-mentee[data-mentee^='Employee A1']"));
    card.findElement(By.cssSelector("input[id$='topics']")).sendKeys("Kode etik ASN");
    card.findElement(By.cssSelector("textarea[id$='summary']")).sendKeys("Membahas dua kasus benturan kepentingan");
    click(By.cssSelector("div.bina-mentee[data-mentee^='Employee A1'] button[id$='save']"));
    awaitTitle("Mentee saya");
    assertTrue(text(By.id("messages")).contains("Sesi tercatat"), text(By.id("messages")));

    // The mentee confirms it.
    browser.manage().deleteAllCookies();
    login("employee");
    awaitTitle("Pegawai");
    click(By.id("my-mentoring"));
    awaitTitle("Mentoring saya");
    click(By.cssSelector(".bina-session[data-confirmed='false'] button[id$='yes']"));
    awaitTitle("Mentoring saya");
    assertTrue(text(By.id("messages")).contains("dikonfirmasi"), text(By.id("messages")));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM mentoring.session WHERE assignment_id = ? AND confirmed_at IS NOT NULL", assignment));
    screenshot("mentee-confirmed-phone");

    // HR pauses and resumes it on the board; the mentor ends it early with a reason.
    browser.manage().deleteAllCookies();
    login("hr");
    awaitTitle("Pengelola SDM");
    open("portal/hr/mentoring-follow-up.xhtml");
    awaitTitle("Pemantauan pembimbingan");
    click(By.cssSelector("div[data-assignment='" + assignment + "'] form[id$='pause'] button"));
    awaitTitle("Pemantauan pembimbingan");
    assertTrue(text(By.id("messages")).contains("dijeda"), text(By.id("messages")));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM mentoring.assignment WHERE id = ? AND status = 'PAUSED'", assignment));
    click(By.cssSelector("div[data-assignment='" + assignment + "'] form[id$='pause'] button"));
    awaitTitle("Pemantauan pembimbingan");
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM mentoring.assignment WHERE id = ? AND status = 'ACTIVE'", assignment));
    browser.manage().deleteAllCookies();
    login("employeeB");
    awaitTitle("Mentor");
    open("portal/mentor/mentee.xhtml?assignment=" + assignment);
    awaitTitle("Mentoring mentee");
    click(By.cssSelector("div[data-assignment='" + assignment + "'] form[id$='end'] button"));
    awaitTitle("Mentoring mentee");
    assertTrue(text(By.id("messages")).contains("alasan"), "an early end needs a reason: " + text(By.id("messages")));
    browser.findElement(By.cssSelector("div[data-assignment='" + assignment + "'] input[name='reason']")).sendKeys("Mentor pindah tugas");
    click(By.cssSelector("div[data-assignment='" + assignment + "'] form[id$='end'] button"));
    awaitTitle("Mentoring mentee");
    assertTrue(text(By.id("mentee-name")).contains("Diakhiri lebih awal"), text(By.id("mentee-name")));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM mentoring.assignment WHERE id = ? AND status = 'ENDED_EARLY' AND end_reason = 'Mentor pindah tugas'", assignment));

    // Employee B leaves the pool; with no mentoring under way the pool's MENTOR role goes: next login lands as employee.
    open("portal/employee/mentor-offer.xhtml");
    awaitTitle("Menjadi mentor");
    type(By.id("reason"), "Pindah tugas");
    click(By.id("withdraw:out"));
    awaitTitle("Menjadi mentor");
    assertEquals("WITHDRAWN", browser.findElement(By.id("offer-status")).getAttribute("data-status"));
    browser.manage().deleteAllCookies();
    login("employeeB");
    awaitTitle("Pegawai");
    assertTrue(browser.findElements(By.id("requests-link")).isEmpty(), "no mentor landing page any more");
  }

  // ---- helpers (as in PortalIT) --------------------------------------------------------------------

  private static void update(String sql, Object... parameters) {
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

  private void login(String part) {
    open("login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(agency.user(part));
    browser.findElement(By.id("login:password")).sendKeys(TestAgency.PASSWORD);
    click(By.id("login:submit"));
  }

  private void open(String path) {
    browser.get(base + path);
  }

  private void type(By by, String value) {
    WebElement field = browser.findElement(by);
    field.clear();
    field.sendKeys(value);
  }

  private void setValue(By by, String value) {
    setValue(browser.findElement(by), value);
  }

  private void setValue(WebElement field, String value) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
  }

  private String selected(String name) {
    return new Select(browser.findElement(By.name(name))).getFirstSelectedOption().getAttribute("value");
  }

  /** Clicks something that submits a form and waits until the next page has loaded (see PortalIT). */
  private void click(By by) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript("window.binaPreviousPage = true");
    browser.findElement(by).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(driver -> (Boolean) script.executeScript("return window.binaPreviousPage === undefined && document.readyState === 'complete'"));
  }

  /** Waits for the page with this title; a server error page fails at once, with its text. */
  private void awaitTitle(String title) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage(() -> "expected page title " + title + " on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource())
        .ignoring(WebDriverException.class)
        .until(
            driver -> {
              if (driver.getTitle().contains("Error report")) {
                throw new AssertionError(driver.getCurrentUrl() + " answered an error page:\n" + text(By.tagName("body")));
              }
              return ExpectedConditions.textToBe(By.id("page-title"), title).apply(driver);
            });
  }

  private String text(By by) {
    return browser.findElement(by).getText().trim();
  }

  /** A PNG of the window and the page's HTML next to it, for a look at the layout. */
  private void screenshot(String name) {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
