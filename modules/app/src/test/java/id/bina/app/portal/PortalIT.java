package id.bina.app.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.BinaDeployment;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.Cookie;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser: login, each role's landing page and menu, 403 for another role's page, the
 * language switch and logout. Drives the system's Chromium through its chromedriver (Debian packages
 * chromium and chromium-driver, or -Dbina.chromium / -Dbina.chromedriver); never downloads a browser.
 * Screenshots of the landing pages go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("bina.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("bina.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static TestAgency agency;
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
    agency = TestAgency.create("POR");
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
    // An explicit driver executable: Selenium Manager then has nothing to look up or download.
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

  /** Every test starts logged out, in the default language, with a desktop-sized window. */
  @BeforeEach
  void loggedOut() {
    browser.manage().window().setSize(new Dimension(1280, 900));
    open("login.xhtml");
    browser.manage().deleteAllCookies();
    open("login.xhtml");
  }

  @Test
  void theSiteRootShowsTheLoginFormInIndonesian() {
    open("");
    assertEquals("Masuk", text("page-title"));
    assertTrue(browser.findElement(By.id("login:username")).isDisplayed());
    assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  @Test
  void aWrongPasswordShowsAnError() {
    login(agency.user("employeeB"), "salah-sekali");
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    assertEquals("Nama pengguna atau kata sandi salah.", text("login:messages"));
    assertTrue(browser.findElements(By.id("nav")).isEmpty(), "no menu before login");
    screenshot("login-error");
  }

  @Test
  void tooManyWrongPasswordsShowTheThrottleMessageEvenForTheRightOne() {
    TestAgency other = TestAgency.create("THR");
    for (int i = 0; i < 5; i++) {
      login(other.user("employee"), "salah-" + i);
    }
    login(other.user("employee"), TestAgency.PASSWORD);
    assertEquals(
        "Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi beberapa saat lagi.", text("login:messages"));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
  }

  @Test
  void anAdministratorLandsOnTheAdminPage() {
    landsOn("admin", "admin", "Administrasi", List.of("ADMIN"));
    assertEquals(agency.user("admin"), text("profile-name"), "an account without employee record shows its username");
    assertEquals(Long.toString(TestDatabase.count("SELECT count(*) FROM platform.user_account WHERE agency_id = ?", agency.id)), text("account-count"));
    assertEquals(activeEmployees(), text("employee-count"));
  }

  @Test
  void anHrManagerLandsOnTheHrPageWithTheAgencysEmployeeCount() {
    landsOn("hr", "hr", "Pengelola SDM", List.of("HR_MANAGER", "EMPLOYEE"));
    assertEquals("HR Manager " + agency.code, text("profile-name"));
    assertEquals(activeEmployees(), text("employee-count"));
    // The same page on a phone: menu, profile and figure stacked in one column.
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("hr-phone");
  }

  @Test
  void aSupervisorLandsOnTheSupervisorPage() {
    landsOn("supervisor", "supervisor", "Atasan", List.of("SUPERVISOR", "EMPLOYEE"));
    assertEquals("Supervisor " + agency.code, text("profile-name"));
    assertEquals("Unit A", text("profile-unit"));
    assertEquals(
        Long.toString(
            TestDatabase.count(
                "SELECT count(*) FROM platform.employee WHERE active AND unit_id IN (?, ?) AND id <> ?",
                agency.unitA,
                agency.unitA1,
                agency.supervisor)),
        text("team-count"),
        "the supervisor's unit A and unit A1 below it, without the supervisor");
  }

  @Test
  void aMentorLandsOnTheMentorPage() {
    landsOn("mentor", "mentor", "Mentor", List.of("MENTOR", "EMPLOYEE"));
    assertEquals("Mentor " + agency.code, text("profile-name"));
  }

  @Test
  void anEmployeeLandsOnTheEmployeePageWithTheirProfile() {
    landsOn("employee", "employee", "Pegawai", List.of("EMPLOYEE"));
    assertEquals("Employee A1 " + agency.code, text("profile-name"));
    assertEquals("Unit A1", text("profile-unit"));
    assertEquals("Pengadministrasi Umum", text("profile-position"));
    assertEquals(18, text("profile-nip").length());
  }

  @Test
  void anEmployeeSubmitsASelfAssessmentAndSeesTheChartChange() throws Exception {
    login(agency.user("employee"), TestAgency.PASSWORD);
    awaitTitle("Pegawai");
    click(By.id("my-profile"));
    awaitTitle("Profil kompetensi saya");
    assertEquals("Belum dinilai", text(By.cssSelector(".bina-current[data-code='M.02']")));
    assertEquals(0, chartLevel("M.02"));
    assertTrue(!browser.findElements(By.cssSelector("#chart canvas")).isEmpty(), "the chart is drawn");

    org.openqa.selenium.support.ui.Select competency =
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("assess:competency")));
    competency.getOptions().stream()
        .filter(o -> o.getText().startsWith("M.02 "))
        .findFirst()
        .orElseThrow()
        .click();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("assess:level"))).selectByValue("4");
    click(By.id("assess:submit"));
    awaitTitle("Profil kompetensi saya");

    assertTrue(text(By.id("messages")).contains("Penilaian diri Anda telah disimpan"), text(By.id("messages")));
    assertEquals("4", text(By.cssSelector(".bina-current[data-code='M.02']")));
    assertEquals(4, chartLevel("M.02"));
    screenshot("employee-profile");
  }

  @Test
  void anHrManagerDrillsDownTheHeatMapToThePeopleWithAGap() {
    id.bina.app.support.Api api = new id.bina.app.support.Api(base);
    String hr = agency.user("hr");
    long integritas = api.as(hr).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    // The executors' standard asks Integritas at 3; one person in A1 holds 1, the other 3.
    String standard = "positions/" + agency.position + "/competency-standard";
    api.as(hr)
        .header("If-Match", api.as(hr).get(standard).header("ETag"))
        .body(Map.of("entries", List.of(Map.of("competencyId", integritas, "requiredLevel", 3))))
        .put(standard)
        .then()
        .statusCode(200);
    for (Object[] levels : new Object[][] {{agency.employeeA1, 1}, {agency.colleagueA1, 3}}) {
      api.as(hr)
          .body(Map.of("competencyId", integritas, "level", levels[1], "method", "ASSESSMENT_CENTRE"))
          .post("competency-profiles/" + levels[0] + "/assessments")
          .then()
          .statusCode(201);
    }
    login(hr, TestAgency.PASSWORD);
    awaitTitle("Pengelola SDM");
    click(By.id("heat-map-link"));
    awaitTitle("Peta kesenjangan kompetensi");
    assertEquals("Seluruh instansi", text("scope"));
    click(By.cssSelector("a.bina-drill[data-unit='ROOT']"));
    awaitTitle("Peta kesenjangan kompetensi");
    click(By.cssSelector("a.bina-drill[data-unit='A']"));
    awaitTitle("Peta kesenjangan kompetensi");
    assertEquals("Unit A", text("scope"));
    By cell = By.cssSelector("a[data-cell='A1'][data-competency='" + integritas + "']");
    assertEquals("1/2", text(cell), "one of the two people in A1 is below standard in Integritas");
    screenshot("hr-heat-map");
    click(cell);
    awaitTitle("Pegawai dengan kesenjangan kompetensi");
    assertEquals("Jumlah pegawai: 1", text("gap-count"));
    assertTrue(text(By.id("people")).contains("Employee A1 " + agency.code), text(By.id("people")));
    assertFalse(text(By.id("people")).contains("Colleague A1"), "who meets the standard is not listed");
  }

  @Test
  void anEmployeeSubmitsEvidenceWithAFileAndTheirSupervisorAcceptsIt() throws Exception {
    login(agency.user("employee"), TestAgency.PASSWORD);
    awaitTitle("Pegawai");
    click(By.id("my-evidence"));
    awaitTitle("Bukti kompetensi saya");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("submit:competency"))).getOptions().stream()
        .filter(o -> o.getText().startsWith("M.03 "))
        .findFirst()
        .orElseThrow()
        .click();
    browser.findElement(By.id("submit:title")).sendKeys("Sertifikat Komunikasi Efektif");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('submit:issuedOn').value = arguments[0]", TestAgency.today().minusDays(30).toString());
    browser.findElement(By.id("submit:issuer")).sendKeys("BPSDM Provinsi");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("submit:claimedLevel"))).selectByValue("3");
    Path certificate = Files.createTempFile(Path.of("target"), "sertifikat", ".pdf");
    Files.writeString(certificate, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    browser.findElement(By.id("submit:file")).sendKeys(certificate.toAbsolutePath().toString());
    click(By.id("submit:send"));
    awaitTitle("Bukti kompetensi saya");
    assertTrue(text(By.id("messages")).contains("menunggu peninjauan"), text(By.id("messages")));
    assertTrue(text(By.id("mine")).contains("Menunggu"), text(By.id("mine")));
    screenshot("employee-evidence");

    browser.manage().deleteAllCookies();
    login(agency.user("supervisor"), TestAgency.PASSWORD);
    awaitTitle("Atasan");
    // The bell tells the supervisor that something waits; the inbox says what.
    assertTrue(Integer.parseInt(text("unread")) >= 1, "an unread notification");
    click(By.id("inbox"));
    awaitTitle("Pemberitahuan");
    By notice = By.xpath("//div[@data-read='false'][contains(., 'Sertifikat Komunikasi Efektif')]");
    assertTrue(text(notice).contains("mengajukan bukti kompetensi"), text(notice));
    click(By.xpath("//div[@data-read='false'][contains(., 'Sertifikat Komunikasi Efektif')]//button"));
    awaitTitle("Pemberitahuan");
    assertTrue(browser.findElements(notice).isEmpty(), "marked read");
    open("portal/supervisor.xhtml");
    awaitTitle("Atasan");
    click(By.id("reviews-link"));
    awaitTitle("Bukti kompetensi menunggu peninjauan");
    screenshot("supervisor-evidence-reviews");
    By card = By.cssSelector("div[data-title='Sertifikat Komunikasi Efektif']");
    assertTrue(browser.findElement(card).getText().contains("Employee A1 " + agency.code));
    assertTrue(!browser.findElement(card).findElements(By.linkText("Buka berkas")).isEmpty(), "the file can be opened");
    new org.openqa.selenium.support.ui.Select(browser.findElement(card).findElement(By.tagName("select"))).selectByValue("2");
    click(By.cssSelector("div[data-title='Sertifikat Komunikasi Efektif'] button[id$='accept']"));
    awaitTitle("Bukti kompetensi menunggu peninjauan");
    assertTrue(text(By.id("messages")).contains("Bukti diterima"), text(By.id("messages")));

    // The accepted level is the employee's current level in M.03 now, from the evidence.
    io.restassured.path.json.JsonPath profile =
        new id.bina.app.support.Api(base).as(agency.user("employee")).get("competency-profiles/" + agency.employeeA1).jsonPath();
    assertEquals(2, profile.getInt("competencies.find { it.code == 'M.03' }.currentLevel"));
    assertEquals("TRAINING_EVIDENCE", profile.getString("competencies.find { it.code == 'M.03' }.source.method"));
  }

  @Test
  void anHrManagerImportsTechnicalCompetenciesAndRaisesAPositionsStandard() throws Exception {
    login(agency.user("hr"), TestAgency.PASSWORD);
    awaitTitle("Pengelola SDM");
    click(By.id("dictionary-link"));
    awaitTitle("Kamus kompetensi");
    String code = "T.PORTAL." + agency.code;
    StringBuilder csv = new StringBuilder("code,name_id,definition_id,level,description_id,indicators\n");
    for (int level = 1; level <= 5; level++) {
      csv.append(code).append(",Analisis Kebijakan,Kemampuan menganalisis kebijakan.,").append(level).append(",Tingkat ").append(level)
          .append(",Indikator ").append(level).append('\n');
    }
    Path file = Files.createTempFile(Path.of("target"), "kamus", ".csv");
    Files.writeString(file, csv);
    browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
    click(By.id("import:send"));
    awaitTitle("Kamus kompetensi");
    assertTrue(text(By.id("messages")).contains("1 kompetensi baru"), text(By.id("messages")));
    assertTrue(text(By.id("dictionary")).contains(code), "the new competency is listed");

    open("portal/hr.xhtml");
    awaitTitle("Pengelola SDM");
    click(By.id("standards-link"));
    awaitTitle("Standar kompetensi jabatan");
    browser.findElement(By.id("q")).sendKeys("PEL-" + agency.code);
    click(By.cssSelector("button.bina-find"));
    awaitTitle("Standar kompetensi jabatan");
    click(By.cssSelector("a[data-position='PEL-" + agency.code + "']"));
    awaitTitle("Standar kompetensi jabatan");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("select[data-code='M.04']"))).selectByValue("3");
    click(By.id("edit:save"));
    awaitTitle("Standar kompetensi jabatan");
    assertTrue(text(By.id("messages")).contains("disimpan"), text(By.id("messages")));
    screenshot("hr-standards");
    io.restassured.path.json.JsonPath written =
        new id.bina.app.support.Api(base).as(agency.user("hr")).get("positions/" + agency.position + "/competency-standard").jsonPath();
    assertEquals(3, written.getInt("entries.find { it.code == 'M.04' }.requiredLevel"));
    assertEquals("POSITION", written.getString("entries.find { it.code == 'M.04' }.source"));
    assertEquals("DEFAULT", written.getString("entries.find { it.code == 'M.05' }.source"), "untouched lines keep the default");
  }

  @Test
  void onAPhoneAMentorLogsASessionAndTheMenteeConfirmsIt() {
    id.bina.app.support.Api api = new id.bina.app.support.Api(base);
    String hr = agency.user("hr");
    long integritas = api.as(hr).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    api.as(hr)
        .body(Map.of("competencyId", integritas, "level", 4, "method", "ASSESSMENT_CENTRE"))
        .post("competency-profiles/" + agency.mentor + "/assessments")
        .then()
        .statusCode(201);
    io.restassured.response.Response applied =
        api.as(hr).body(Map.of("employeeId", agency.mentor, "competencyIds", List.of(integritas), "maxMentees", 3)).post("mentoring/mentors");
    api.as(hr).header("If-Match", applied.header("ETag")).post("mentoring/mentors/" + applied.jsonPath().getLong("id") + "/approval")
        .then().statusCode(200);
    long programme =
        api.as(hr)
            .body(Map.of("name", "Orientasi CPNS", "kind", "ONBOARDING", "durationMonths", 6, "targetSessionsPerMonth", 2, "jpPerSession", 1.5, "unitRule", "ANY"))
            .post("mentoring/programmes")
            .jsonPath()
            .getLong("id");
    api.as(hr)
        .body(Map.of("programmeId", programme, "menteeId", agency.employeeA1, "mentorId", applied.jsonPath().getLong("id"),
            "startsOn", TestAgency.today().minusDays(14).toString()))
        .post("mentoring/assignments")
        .then()
        .statusCode(201);

    browser.manage().window().setSize(new Dimension(390, 844));
    login(agency.user("mentor"), TestAgency.PASSWORD);
    awaitTitle("Mentor");
    click(By.id("sessions-link"));
    awaitTitle("Mentee saya");
    org.openqa.selenium.WebElement card = browser.findElement(By.cssSelector("div[data-mentee^='Employee A1']"));
    String day = TestAgency.today().minusDays(2).toString();
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", card.findElement(By.cssSelector("input[type='date']")), day);
    new org.openqa.selenium.support.ui.Select(card.findElement(By.cssSelector("select[id$='minutes']"))).selectByValue("45");
    card.findElement(By.cssSelector("textarea[id$='summary']")).sendKeys("Menyusun rencana belajar tiga bulan.");
    card.findElement(By.cssSelector("textarea[id$='notes']")).sendKeys("Perlu dorongan untuk lebih percaya diri.");
    screenshot("mentor-log-phone");
    click(By.cssSelector("div[data-mentee^='Employee A1'] button[id$='save']"));
    awaitTitle("Mentee saya");
    assertTrue(text(By.id("messages")).contains("Sesi tercatat"), text(By.id("messages")));

    browser.manage().deleteAllCookies();
    login(agency.user("employee"), TestAgency.PASSWORD);
    awaitTitle("Pegawai");
    click(By.id("my-mentoring"));
    awaitTitle("Mentoring saya");
    By session = By.cssSelector("div[data-date='" + day + "'][data-confirmed='false']");
    assertTrue(text(session).contains("Menyusun rencana belajar"), "the mentee reads the shared summary");
    assertFalse(browser.getPageSource().contains("percaya diri"), "never the mentor's private notes");
    click(By.cssSelector("div[data-date='" + day + "'] button[id$='yes']"));
    awaitTitle("Mentoring saya");
    assertTrue(text(By.id("messages")).contains("Sesi dikonfirmasi"), text(By.id("messages")));
    assertFalse(browser.findElements(By.cssSelector("div[data-date='" + day + "'][data-confirmed='true']")).isEmpty());
    screenshot("mentee-confirm-phone");
  }

  @Test
  void aCivilServantFindsAClassIsApprovedAndDownloadsTheCertificateAfterCompletion() throws Exception {
    id.bina.app.support.Api api = new id.bina.app.support.Api(base);
    String hr = agency.user("hr");
    String code = "PND-" + agency.code;
    long course =
        id.bina.app.support.TrainingBodies.publishedCourse(
                api, hr, id.bina.app.support.TrainingBodies.course(code, "Penulisan Naskah Dinas", "Tata naskah dinas instansi pemerintah", "CLASSROOM", 24, List.of()))
            .jsonPath()
            .getLong("id");
    long trainingClass =
        id.bina.app.support.TrainingBodies.trainingClass(api, hr, id.bina.app.support.TrainingBodies.trainingClass(course, "K1-" + agency.code, 20), "open")
            .jsonPath()
            .getLong("id");

    login(agency.user("employee"), TestAgency.PASSWORD);
    awaitTitle("Pegawai");
    click(By.id("my-training"));
    awaitTitle("Pelatihan saya");
    browser.findElement(By.id("q")).sendKeys("naskah dinas");
    click(By.cssSelector("button.bina-find"));
    awaitTitle("Pelatihan saya");
    click(By.cssSelector("div[data-course='" + code + "'] button[data-class='K1-" + agency.code + "']"));
    awaitTitle("Pelatihan saya");
    assertTrue(text(By.id("messages")).contains("menunggu persetujuan"), text(By.id("messages")));
    assertEquals("Menunggu persetujuan", text(By.cssSelector("#mine span[data-class='K1-" + agency.code + "']")));

    browser.manage().deleteAllCookies();
    login(agency.user("supervisor"), TestAgency.PASSWORD);
    awaitTitle("Atasan");
    click(By.id("enrolments-link"));
    awaitTitle("Permintaan pelatihan bawahan");
    click(By.cssSelector("div[data-class='K1-" + agency.code + "'] button[id$='approve']"));
    awaitTitle("Permintaan pelatihan bawahan");
    assertTrue(text(By.id("messages")).contains("disetujui"), text(By.id("messages")));

    browser.manage().deleteAllCookies();
    login(agency.user("employee"), TestAgency.PASSWORD);
    awaitTitle("Pegawai");
    click(By.id("my-training"));
    awaitTitle("Pelatihan saya");
    assertEquals("Terkonfirmasi", text(By.cssSelector("#mine span[data-class='K1-" + agency.code + "']")));

    // HR runs the class: both sessions attended, then completed.
    String tag = api.as(hr).get("classes/" + trainingClass).header("ETag");
    tag = api.as(hr).header("If-Match", tag).post("classes/" + trainingClass + "/start").then().statusCode(200).extract().header("ETag");
    for (int session = 0; session < 2; session++) {
      api.as(hr).body(Map.of("presentEmployeeIds", List.of(agency.employeeA1)))
          .put("class-attendance/" + trainingClass + "/sessions/" + session).then().statusCode(200);
    }
    api.as(hr).header("If-Match", tag).post("classes/" + trainingClass + "/complete").then().statusCode(200);

    open("portal/employee/training.xhtml");
    awaitTitle("Pelatihan saya");
    assertEquals("Selesai", text(By.cssSelector("#mine span[data-class='K1-" + agency.code + "']")));
    assertTrue(text(By.id("jp-total")).startsWith("24"), text(By.id("jp-total")));
    screenshot("employee-training");
    String pdf = browser.findElement(By.cssSelector("#certificates a.bina-certificate")).getAttribute("href");
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(pdf)).header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertEquals("%PDF", new String(download.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void anHrManagerSeesWhoIsBelowTheJpTarget() {
    login(agency.user("hr"), TestAgency.PASSWORD);
    awaitTitle("Pengelola SDM");
    click(By.id("jp-link"));
    awaitTitle("Pegawai di bawah target JP");
    assertTrue(text(By.id("below")).contains("Employee B " + agency.code), text(By.id("below")));
    assertTrue(text("jp-summary").contains("Target 20 JP"), text("jp-summary"));
    assertTrue(browser.findElement(By.id("export-xlsx")).getAttribute("href").endsWith("/api/v1/jp/below-target.xlsx"));
  }

  /** The current level the chart draws for a competency code, read from the chart's own configuration. */
  private int chartLevel(String code) throws Exception {
    com.fasterxml.jackson.databind.JsonNode chart =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(browser.findElement(By.id("chart-box")).getAttribute("data-chart"));
    com.fasterxml.jackson.databind.JsonNode labels = chart.path("data").path("labels");
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).asText().equals(code)) {
        return chart.path("data").path("datasets").get(1).path("data").get(i).asInt();
      }
    }
    throw new AssertionError(code + " is not on the chart: " + labels);
  }

  @Test
  void anotherRolesPageAnswers403AndAnonymousCallersAreSentToLogin() throws Exception {
    login(agency.user("employee"), TestAgency.PASSWORD);
    awaitTitle("Pegawai");
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    for (String page : List.of("hr", "admin", "supervisor", "mentor")) {
      HttpResponse<String> denied = get("portal/" + page + ".xhtml", session);
      assertEquals(403, denied.statusCode(), page);
      // Bina's own error page, never the server's with its details.
      assertTrue(denied.body().contains("Akses ditolak") && !denied.body().contains("Payara"), denied.body());
      assertEquals("nosniff", denied.headers().firstValue("X-Content-Type-Options").orElse(null));
    }
    assertEquals(200, get("portal/employee.xhtml", session).statusCode());

    open("portal/hr.xhtml");
    assertTrue(browser.findElements(By.id("employee-count")).isEmpty(), "the HR page's content must not show");

    HttpResponse<String> anonymous = get("portal/hr.xhtml", null);
    assertEquals(302, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));

    // The page templates are neither pages nor resources.
    assertEquals(404, get("WEB-INF/templates/layout.xhtml", session).statusCode());
    assertEquals(404, get("jakarta.faces.resource/templates/layout.xhtml.xhtml?ln=WEB-INF", session).statusCode());
  }

  @Test
  void theLanguageSwitchChangesTheTextToEnglishForTheWholeSession() {
    assertEquals("Masuk", text("page-title"));
    click(By.id("language:en"));
    assertEquals("Log in", text("page-title"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));

    login(agency.user("hr"), TestAgency.PASSWORD);
    awaitTitle("HR management");
    assertEquals(List.of("HR management", "Employee"), menu().stream().map(WebElement::getText).toList());
    assertEquals("Log out", browser.findElement(By.id("logout:submit")).getText());

    click(By.id("language:id"));
    assertEquals("Pengelola SDM", text("page-title"));
  }

  @Test
  void aLoggedInCallerOpeningTheLoginPageGoesToTheirLandingPage() {
    login(agency.user("supervisor"), TestAgency.PASSWORD);
    awaitTitle("Atasan");
    open("login.xhtml");
    awaitTitle("Atasan");
    assertTrue(browser.getCurrentUrl().endsWith("/portal/supervisor.xhtml"), browser.getCurrentUrl());
  }

  @Test
  void aFormSubmittedAfterItsSessionEndedShowsALoginPageNotAnError() {
    // The login page's own form, as if the session had timed out while the page stayed open.
    browser.manage().deleteCookieNamed("JSESSIONID");
    click(By.id("language:en"));
    awaitTitle("Masuk");

    // A portal page's form after its session ended.
    login(agency.user("hr"), TestAgency.PASSWORD);
    awaitTitle("Pengelola SDM");
    browser.manage().deleteCookieNamed("JSESSIONID");
    click(By.id("logout:submit"));
    awaitTitle("Masuk");
    assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
  }

  @Test
  void logoutEndsTheSessionAndReturnsToLogin() throws Exception {
    login(agency.user("hr"), TestAgency.PASSWORD);
    awaitTitle("Pengelola SDM");
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");

    click(By.id("logout:submit"));
    assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
    assertEquals("Masuk", text("page-title"));
    assertEquals(302, get("portal/hr.xhtml", session).statusCode(), "the old session must be gone");
    open("portal/hr.xhtml");
    assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
  }

  private void landsOn(String part, String page, String title, List<String> menuRoles) {
    login(agency.user(part), TestAgency.PASSWORD);
    awaitTitle(title);
    assertTrue(browser.getCurrentUrl().endsWith("/portal/" + page + ".xhtml"), browser.getCurrentUrl());
    assertEquals(menuRoles, menu().stream().map(item -> item.getAttribute("data-role")).toList());
    assertEquals("Instansi Uji " + agency.code, text("profile-agency"));
    assertFalse(text("page-intro").isBlank());
    assertFalse(browser.getPageSource().contains("RES_NOT_FOUND"), "a script or style sheet is missing");
    screenshot(page);
  }

  private String activeEmployees() {
    return Long.toString(TestDatabase.count("SELECT count(*) FROM platform.employee WHERE agency_id = ? AND active", agency.id));
  }


  private List<WebElement> menu() {
    return browser.findElements(By.cssSelector("#nav a[data-role]"));
  }

  private void login(String username, String password) {
    open("login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    click(By.id("login:submit"));
  }

  private void open(String path) {
    browser.get(base + path);
  }

  /**
   * Clicks something that submits a form, and waits until the next page has loaded: the old page carries a
   * marker the new one lacks. (Waiting for a stale element raced with chromedriver's own navigation.)
   */
  private void click(By by) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript("window.binaPreviousPage = true");
    browser.findElement(by).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class) // while the navigation is under way
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
        .ignoring(WebDriverException.class) // while a navigation is under way
        .until(
            driver -> {
              if (driver.getTitle().contains("Error report")) {
                throw new AssertionError(driver.getCurrentUrl() + " answered an error page:\n" + text(By.tagName("body")));
              }
              return ExpectedConditions.textToBe(By.id("page-title"), title).apply(driver);
            });
  }

  private String text(String id) {
    return text(By.id(id));
  }

  private String text(By by) {
    return browser.findElement(by).getText().trim();
  }

  private HttpResponse<String> get(String path, Cookie session) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (session != null) {
      request.header("Cookie", session.getName() + "=" + session.getValue());
    }
    // The JDK client follows no redirects unless told to, so a 302 to the login page stays visible.
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
