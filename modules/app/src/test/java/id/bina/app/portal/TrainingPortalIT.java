package id.bina.app.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.Api;
import id.bina.app.support.BinaDeployment;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import id.bina.app.support.TrainingBodies;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
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
 * HR's training work in a real browser: the catalog and a class from course to completion (enrolments,
 * waitlist, attendance, who completed and who did not, the certificate the employee then downloads),
 * development plans (the employee's IDP and the supervisor's approval) and the agency's annual plan. Same
 * browser set-up as {@link PortalIT}: the system's Chromium and chromedriver, never a downloaded browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingPortalIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("bina.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("bina.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static TestAgency agency;
  /** A login for the second employee of unit A1, who has none in TestAgency. */
  private static String colleague;
  /** A second HR manager (without an employee record), who may approve what the first one wrote. */
  private static String secondHr;
  private static ChromeDriverService driverService;
  private static WebDriver browser;
  private static Path profile;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive bina() {
    return BinaDeployment.war();
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(
            binary
                + " is missing: the portal's browser tests need Chromium and its driver"
                + " (Debian: apt-get install -y chromium chromium-driver), or point -Dbina.chromium and"
                + " -Dbina.chromedriver at them");
      }
    }
    agency = TestAgency.create("TPO");
    colleague = account(agency, "colleague", agency.colleagueA1, "EMPLOYEE");
    secondHr = account(agency, "hr2", null, "HR_MANAGER");
    Files.createDirectories(SCREENSHOTS);
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
    driverService =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
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

  @BeforeEach
  void loggedOut() {
    browser.manage().window().setSize(new Dimension(1280, 900));
    open("login.xhtml");
    browser.manage().deleteAllCookies();
    open("login.xhtml");
  }

  @Test
  void hrRunsAClassFromCourseToCompletionAndTheEmployeeDownloadsTheCertificate() throws Exception {
    String course = "KLS-" + agency.code;
    String klass = "KLS-" + agency.code + "-A";
    LocalDate first = TestAgency.today().plusDays(10);

    // HR adds a course, publishes it, plans a class of two seats with the mentor as trainer, opens it.
    login("hr");
    awaitTitle("Pengelola SDM");
    click(By.id("catalog-link"));
    awaitTitle("Katalog pelatihan");
    click(By.id("new-course"));
    awaitTitle("Pelatihan");
    type("code", course);
    type("title", "Analisis Kebijakan Publik");
    type("description", "Merumuskan rekomendasi kebijakan berbasis data");
    new Select(browser.findElement(By.id("modality"))).selectByValue("WORKSHOP");
    type("jp", "16");
    type("providerName", "Pusdiklat Instansi");
    type("cost", "2.500.000");
    new Select(browser.findElement(By.name("target-0"))).selectByIndex(1);
    new Select(browser.findElement(By.name("target-level-0"))).selectByValue("3");
    click(By.id("courseForm:save"));
    awaitTitle("Pelatihan");
    assertTrue(text(By.id("messages")).contains("Tersimpan"), text(By.id("messages")));
    assertEquals("Draf", text(By.id("course-status")));
    assertEquals("2500000", browser.findElement(By.id("cost")).getAttribute("value"));
    click(By.id("publish:go"));
    awaitTitle("Pelatihan");
    assertEquals("Terbit", text(By.id("course-status")));

    click(By.id("new-class"));
    awaitTitle("Kelas pelatihan");
    type("code", klass);
    type("name", "Angkatan I");
    date("session-date-0", first);
    date("session-date-1", first.plusDays(1));
    type("venue", "Aula Lantai 3");
    browser.findElement(By.id("capacity")).clear();
    type("capacity", "2");
    date("opens", TestAgency.today().minusDays(2));
    date("closes", first.minusDays(2));
    browser.findElement(By.name("trainer-0")).sendKeys(nip(agency.mentor));
    browser.findElement(By.name("trainer-1")).sendKeys("Widyaiswara LAN");
    click(By.id("classForm:save"));
    awaitTitle("Kelas pelatihan");
    assertTrue(text(By.id("messages")).contains("Tersimpan"), text(By.id("messages")));
    assertEquals("Draf", text(By.id("class-status")));
    assertEquals(nip(agency.mentor), browser.findElement(By.name("trainer-0")).getAttribute("value"), "the employee trainer shows as their NIP");
    assertEquals("Widyaiswara LAN", browser.findElement(By.name("trainer-1")).getAttribute("value"));
    String classPage = browser.getCurrentUrl();
    click(By.cssSelector("button[data-move='OPEN']"));
    awaitTitle("Kelas pelatihan");
    assertEquals("Pendaftaran dibuka", text(By.id("class-status")));
    screenshot("hr-class");

    // Two colleagues of unit A1 take the two seats; the employee of unit B is waitlisted.
    for (String who : List.of("employee", "colleague", "employeeB")) {
      browser.manage().deleteAllCookies();
      login(who);
      awaitTitle("Pegawai");
      open("portal/employee/training.xhtml?q=" + "kebijakan");
      awaitTitle("Pelatihan saya");
      click(By.cssSelector("div[data-course='" + course + "'] button[data-class='" + klass + "']"));
      awaitTitle("Pelatihan saya");
    }
    assertEquals("Daftar tunggu", text(By.cssSelector("#mine span[data-class='" + klass + "']")));

    browser.manage().deleteAllCookies();
    login("supervisor");
    awaitTitle("Atasan");
    click(By.id("enrolments-link"));
    awaitTitle("Permintaan pelatihan bawahan");
    for (String who : List.of("Employee A1 ", "Colleague A1 ")) {
      click(By.cssSelector("div[data-class='" + klass + "'][data-employee='" + who + agency.code + "'] button[id$='approve']"));
      awaitTitle("Permintaan pelatihan bawahan");
    }

    // HR sees the enrolments and the waitlist, starts the class, records attendance and scores, completes it.
    browser.manage().deleteAllCookies();
    login("hr");
    awaitTitle("Pengelola SDM");
    browser.get(classPage);
    awaitTitle("Kelas pelatihan");
    assertEquals("Terkonfirmasi", text(By.cssSelector("#enrolments span[data-employee='Employee A1 " + agency.code + "']")));
    assertEquals("Terkonfirmasi", text(By.cssSelector("#enrolments span[data-employee='Colleague A1 " + agency.code + "']")));
    assertTrue(text(By.id("waitlist")).contains("Employee B " + agency.code), text(By.id("waitlist")));
    click(By.cssSelector("button[data-move='RUNNING']"));
    awaitTitle("Kelas pelatihan");
    assertEquals("Berlangsung", text(By.id("class-status")));
    click(By.id("attendance-link"));
    awaitTitle("Presensi dan kelulusan");
    // Meanwhile a trainer (here through the API) records session 2 for the employee: the form, loaded before,
    // sends only its own changes and so keeps that tick.
    long classId = Long.parseLong(classPage.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    new Api(base).as(agency.user("hr")).body(Map.of("presentEmployeeIds", List.of(agency.employeeA1)))
        .put("class-attendance/" + classId + "/sessions/1").then().statusCode(200);
    tick(agency.employeeA1, 0);
    tick(agency.colleagueA1, 0);
    browser.findElement(By.name("score-" + agency.employeeA1)).sendKeys("88");
    click(By.id("sheet:save"));
    awaitTitle("Presensi dan kelulusan");
    assertTrue(text(By.id("messages")).contains("tersimpan"), text(By.id("messages")));
    assertEquals("100.00", text(By.cssSelector("tr[data-employee='Employee A1 " + agency.code + "'] td.bina-percent")));
    assertEquals("50.00", text(By.cssSelector("tr[data-employee='Colleague A1 " + agency.code + "'] td.bina-percent")));
    assertEquals("88", browser.findElement(By.name("score-" + agency.employeeA1)).getAttribute("value"));
    click(By.id("complete:go"));
    awaitTitle("Presensi dan kelulusan");
    assertEquals("Selesai", text(By.id("class-status")));
    assertEquals("Selesai", text(By.cssSelector("tr[data-employee='Employee A1 " + agency.code + "'] td.bina-outcome")));
    assertEquals("Tidak selesai", text(By.cssSelector("tr[data-employee='Colleague A1 " + agency.code + "'] td.bina-outcome")));
    screenshot("attendance-completed");

    // The employee who completed has the JP and downloads the certificate.
    browser.manage().deleteAllCookies();
    login("employee");
    awaitTitle("Pegawai");
    open("portal/employee/training.xhtml");
    awaitTitle("Pelatihan saya");
    assertEquals("Selesai", text(By.cssSelector("#mine span[data-class='" + klass + "']")));
    assertTrue(text(By.id("certificates")).contains("Analisis Kebijakan Publik"), text(By.id("certificates")));
    String pdf = browser.findElement(By.cssSelector("#certificates a.bina-certificate")).getAttribute("href");
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(pdf))
                    .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertEquals("%PDF", new String(download.body(), 0, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void aTrainerSeesOnlyTheirOwnClassesSheetAndAnotherEmployeeIsRefused() {
    String klass = "TRN-" + agency.code;
    Api api = new Api(base);
    String hr = agency.user("hr");
    long course =
        TrainingBodies.publishedCourse(api, hr, TrainingBodies.course("TRC-" + agency.code))
            .jsonPath()
            .getLong("id");
    Map<String, Object> body = new HashMap<>(TrainingBodies.trainingClass(course, klass, 20));
    body.put("trainers", List.of(Map.of("employeeId", agency.mentor)));
    long classId = TrainingBodies.trainingClass(api, hr, body, "open", "start").jsonPath().getLong("id");

    login("mentor");
    awaitTitle("Mentor");
    open("portal/employee/training.xhtml");
    awaitTitle("Pelatihan saya");
    click(By.id("teaching-link"));
    awaitTitle("Presensi dan kelulusan");
    click(By.cssSelector("a[data-class='" + klass + "']"));
    awaitTitle("Presensi dan kelulusan");
    assertTrue(browser.findElements(By.id("not-yours")).isEmpty());
    assertFalse(browser.findElements(By.id("attendance-sheet")).isEmpty(), "the trainer sees the sheet");
    assertTrue(browser.findElements(By.id("complete:go")).isEmpty(), "only HR completes a class");

    browser.manage().deleteAllCookies();
    login("employeeB");
    awaitTitle("Pegawai");
    open("portal/attendance.xhtml?class=" + classId);
    awaitTitle("Presensi dan kelulusan");
    assertFalse(browser.findElements(By.id("not-yours")).isEmpty());
    assertTrue(browser.findElements(By.id("attendance-sheet")).isEmpty(), "no sheet for someone who is not a trainer");
  }

  @Test
  void anEmployeeSubmitsADevelopmentPlanTheSupervisorReturnsItThenApprovesIt() {
    login("employee");
    awaitTitle("Pegawai");
    click(By.id("my-idp"));
    awaitTitle("Rencana pengembangan individu");
    assertEquals("Belum dibuat", text(By.id("idp-status")));
    WebElement firstGap = browser.findElement(By.cssSelector("#gaps tr[data-code]"));
    String code = firstGap.getAttribute("data-code");
    firstGap.findElement(By.cssSelector("input[type='checkbox']")).click();
    new Select(browser.findElement(By.name("act-kind-0"))).selectByValue("MENTORING");
    new Select(browser.findElement(By.name("act-competency-0"))).selectByIndex(1);
    browser.findElement(By.name("act-description-0")).sendKeys("Dibimbing kepala bagian");
    browser.findElement(By.name("act-jp-0")).sendKeys("10");
    new Select(browser.findElement(By.name("act-quarter-0"))).selectByValue("2");
    click(By.id("idpForm:submit"));
    awaitTitle("Rencana pengembangan individu");
    assertTrue(text(By.id("messages")).contains("diajukan"), text(By.id("messages")));
    assertEquals("Diajukan", text(By.id("idp-status")));
    assertTrue(browser.findElements(By.id("idpForm")).isEmpty(), "a submitted plan is no longer edited");
    assertTrue(text(By.id("plan-gaps")).contains(code), text(By.id("plan-gaps")));
    assertTrue(text(By.id("plan-activities")).contains("Dibimbing kepala bagian"), text(By.id("plan-activities")));

    browser.manage().deleteAllCookies();
    login("supervisor");
    awaitTitle("Atasan");
    click(By.id("idp-link"));
    awaitTitle("Rencana pengembangan bawahan");
    By card = By.cssSelector("div.bina-plan[data-employee='Employee A1 " + agency.code + "']");
    browser.findElement(card).findElement(By.cssSelector("input[id$='reason']")).sendKeys("Tambahkan bimbingan di tempat kerja");
    click(By.cssSelector("div.bina-plan[data-employee='Employee A1 " + agency.code + "'] button[id$='return']"));
    awaitTitle("Rencana pengembangan bawahan");
    assertTrue(text(By.id("messages")).contains("dikembalikan"), text(By.id("messages")));

    browser.manage().deleteAllCookies();
    login("employee");
    awaitTitle("Pegawai");
    click(By.id("my-idp"));
    awaitTitle("Rencana pengembangan individu");
    assertEquals("Dikembalikan", text(By.id("idp-status")));
    assertTrue(text(By.id("return-reason")).contains("Tambahkan bimbingan di tempat kerja"), text(By.id("return-reason")));
    assertEquals("MENTORING", new Select(browser.findElement(By.name("act-kind-0"))).getFirstSelectedOption().getAttribute("value"));
    new Select(browser.findElement(By.name("act-kind-1"))).selectByValue("NON_CLASSICAL");
    new Select(browser.findElement(By.name("act-modality-1"))).selectByValue("ON_THE_JOB");
    browser.findElement(By.name("act-description-1")).sendKeys("Bimbingan di tempat kerja");
    browser.findElement(By.name("act-jp-1")).sendKeys("6");
    click(By.id("idpForm:submit"));
    awaitTitle("Rencana pengembangan individu");
    assertEquals("Diajukan", text(By.id("idp-status")));
    screenshot("idp-submitted");

    browser.manage().deleteAllCookies();
    login("supervisor");
    awaitTitle("Atasan");
    click(By.id("idp-link"));
    awaitTitle("Rencana pengembangan bawahan");
    assertTrue(text(card).contains("Bimbingan di tempat kerja"), text(card));
    click(By.cssSelector("div.bina-plan[data-employee='Employee A1 " + agency.code + "'] button[id$='approve']"));
    awaitTitle("Rencana pengembangan bawahan");
    assertTrue(text(By.id("team-plans")).contains("Disetujui"), text(By.id("team-plans")));

    browser.manage().deleteAllCookies();
    login("employee");
    awaitTitle("Pegawai");
    click(By.id("my-idp"));
    awaitTitle("Rencana pengembangan individu");
    assertEquals("Disetujui", text(By.id("idp-status")));
    assertEquals("· 16 JP", text(By.id("idp-jp")), "10 + 6 JP planned");
  }

  @Test
  void hrBuildsTheAnnualPlanFromAProposalAnotherHrManagerApprovesItAndItExports() throws Exception {
    Api api = new Api(base);
    String hr = agency.user("hr");
    // The position requires T.PLN level 3; the two people of unit A1 hold 1: two gaps in unit A's subtree.
    String code = "T.PLN";
    long competency = api.as(hr).body(id.bina.app.support.CompetencyBodies.technical(code)).post("competencies").jsonPath().getLong("id");
    String standard = api.as(hr).get("positions/" + agency.position + "/competency-standard").header("ETag");
    api.as(hr)
        .header("If-Match", standard)
        .body(Map.of("entries", List.of(Map.of("competencyId", competency, "requiredLevel", 3))))
        .put("positions/" + agency.position + "/competency-standard")
        .then()
        .statusCode(200);
    for (long employee : List.of(agency.employeeA1, agency.colleagueA1)) {
      api.as(hr)
          .body(Map.of("competencyId", competency, "level", 1, "method", "WRITTEN_TEST"))
          .post("competency-profiles/" + employee + "/assessments")
          .then()
          .statusCode(201);
    }
    // A course with a class in the plan's year, where one seat is already confirmed: the plan's actual.
    String courseCode = "PLN-" + agency.code;
    long course = TrainingBodies.publishedCourse(api, hr, TrainingBodies.course(courseCode)).jsonPath().getLong("id");
    long klass =
        TrainingBodies.trainingClass(api, hr, TrainingBodies.trainingClass(course, "PLN-" + agency.code + "-1", 20), "open")
            .jsonPath()
            .getLong("id");
    io.restassured.response.Response seat = api.as(agency.user("employeeB")).body(Map.of("classId", klass)).post("enrolments");
    seat.then().statusCode(201);
    // Employee B has no supervisor: HR approves, and the seat is confirmed.
    api.as(hr).header("If-Match", seat.header("ETag")).post("enrolments/" + seat.jsonPath().getLong("id") + "/approval")
        .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
    int year = TestAgency.today().plusDays(20).getYear();

    login("hr");
    awaitTitle("Pengelola SDM");
    click(By.id("plan-link"));
    awaitTitle("Rencana pengembangan kompetensi instansi");
    type("year", Integer.toString(year));
    click(By.id("create:go"));
    awaitTitle("Rencana pengembangan tahunan");
    assertEquals("Draf", text(By.id("plan-status")));
    String planPage = browser.getCurrentUrl();

    // The proposal for the competency, added as it is.
    assertTrue(text(By.cssSelector("#proposals tr[data-code='" + code + "']")).contains(code));
    click(By.cssSelector("button[data-propose='" + code + "']"));
    awaitTitle("Rencana pengembangan tahunan");
    assertTrue(text(By.id("messages")).contains("tersimpan"), text(By.id("messages")));
    assertFalse(browser.findElements(By.cssSelector("#lines tr[data-code='" + code + "']")).isEmpty());

    // Edited: unit A, one seat, the course, a budget: one gap closed, the class's taken seat as actual.
    click(By.cssSelector("a[data-edit='" + code + "']"));
    awaitTitle("Rencana pengembangan tahunan");
    new Select(browser.findElement(By.id("unit"))).selectByValue(Long.toString(agency.unitA));
    WebElement seats = browser.findElement(By.id("seats"));
    seats.clear();
    seats.sendKeys("1");
    WebElement budget = browser.findElement(By.id("budget"));
    budget.clear();
    budget.sendKeys("1.500.000");
    new Select(browser.findElement(By.id("course"))).selectByValue(Long.toString(course));
    new Select(browser.findElement(By.id("quarter"))).selectByValue("2");
    for (String field : List.of("startsOn", "endsOn")) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].value = ''", browser.findElement(By.id(field)));
    }
    click(By.id("lineForm:save"));
    awaitTitle("Rencana pengembangan tahunan");
    assertTrue(text(By.id("messages")).contains("tersimpan"), text(By.id("messages")));
    By line = By.cssSelector("#lines tr[data-code='" + code + "']");
    assertEquals("2", browser.findElement(line).findElement(By.cssSelector("td.bina-below")).getText().trim(), "two people of unit A below standard");
    assertEquals("1", browser.findElement(line).findElement(By.cssSelector("td.bina-gaps")).getText().trim(), "one seat closes one gap");
    // One confirmed seat of the one planned; nobody completed yet, so the whole budget is left.
    assertTrue(browser.findElement(line).findElement(By.cssSelector("td.bina-actual")).getText().startsWith("1 / 1"),
        browser.findElement(line).getText());
    assertTrue(browser.findElement(line).findElement(By.cssSelector("td.bina-actual span.bina-budget-left")).getText().contains("1.500.000"),
        browser.findElement(line).getText());
    assertEquals("1", text(By.id("total-gaps")));
    String xlsx = browser.findElement(By.id("export-xlsx")).getAttribute("href");
    assertTrue(xlsx.endsWith("/export.xlsx"), xlsx);
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(xlsx))
                    .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertEquals("PK", new String(download.body(), 0, 2, StandardCharsets.US_ASCII), "an xlsx file is a zip");
    screenshot("agency-plan");

    // Its author may not approve it; another HR manager does.
    click(By.id("approve:go"));
    awaitTitle("Rencana pengembangan tahunan");
    assertEquals("Draf", text(By.id("plan-status")));
    browser.manage().deleteAllCookies();
    login("hr2");
    awaitTitle("Pengelola SDM");
    browser.get(planPage);
    awaitTitle("Rencana pengembangan tahunan");
    click(By.id("approve:go"));
    awaitTitle("Rencana pengembangan tahunan");
    assertEquals("Disetujui", text(By.id("plan-status")));
    assertTrue(browser.findElements(By.id("lineForm")).isEmpty(), "an approved plan is no longer edited");
  }

  // ---- browser steps ----

  private void tick(long employeeId, int session) {
    WebElement box = browser.findElement(By.name("present-" + employeeId + "-" + session));
    if (!box.isSelected()) {
      box.click();
    }
  }

  private void type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /** Date inputs take typed text in the browser's locale format; their value is always yyyy-mm-dd. */
  private void date(String nameOrId, LocalDate day) {
    List<WebElement> byId = browser.findElements(By.id(nameOrId));
    WebElement input = byId.isEmpty() ? browser.findElement(By.name(nameOrId)) : byId.get(0);
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, day.toString());
  }

  private static String nip(long employeeId) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("SELECT nip FROM platform.employee WHERE id = ?")) {
      s.setLong(1, employeeId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An account with one role, with the test agencies' password (the demo admin's hash). */
  private static String account(TestAgency agency, String part, Long employeeId, String role) {
    String username = agency.code.toLowerCase() + "-" + part;
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "WITH a AS (INSERT INTO platform.user_account (id, agency_id, username, password_hash, employee_id)"
                    + " SELECT nextval('platform.user_account_seq'), ?, ?, password_hash, ? FROM platform.user_account WHERE username = 'admin'"
                    + " RETURNING id) INSERT INTO platform.user_role (user_id, role) SELECT id, ? FROM a")) {
      s.setLong(1, agency.id);
      s.setString(2, username);
      if (employeeId == null) {
        s.setNull(3, java.sql.Types.BIGINT);
      } else {
        s.setLong(3, employeeId);
      }
      s.setString(4, role);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return username;
  }

  private void login(String part) {
    open("login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(part.equals("colleague") ? colleague : part.equals("hr2") ? secondHr : agency.user(part));
    browser.findElement(By.id("login:password")).sendKeys(TestAgency.PASSWORD);
    click(By.id("login:submit"));
  }

  private void open(String path) {
    browser.get(base + path);
  }

  /** Clicks something that submits a form and waits until the next page has loaded (see PortalIT.click). */
  private void click(By by) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript("window.binaPreviousPage = true");
    browser.findElement(by).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(
            driver ->
                (Boolean)
                    script.executeScript(
                        "return window.binaPreviousPage === undefined && document.readyState === 'complete'"));
  }

  /** Waits for the page with this title; a server error page fails at once, with its text. */
  private void awaitTitle(String title) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
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
