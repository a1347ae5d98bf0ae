package id.bina.app.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.Api;
import id.bina.app.support.BehaviourMatrix;
import id.bina.app.support.BinaDeployment;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supervisor re-assesses a report's competencies some months after a training, in the browser (the
 * system's Chromium, as PortalIT drives it): the task is listed, the level and note are saved, and the level
 * lands in the report's competency profile as a supervisor assessment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReassessmentPortalIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("bina.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("bina.chromedriver", "/usr/bin/chromedriver"));

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
    profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900",
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

  @Test
  void aSupervisorReassessesAReportsCompetencyAfterTraining() {
    TestAgency agency = TestAgency.create("BHP");
    Api api = new Api(base);
    long integritas = api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    long task = BehaviourMatrix.task(agency, true, integritas);

    browser.get(base + "login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(agency.user("supervisor"));
    browser.findElement(By.id("login:password")).sendKeys(TestAgency.PASSWORD);
    click(By.id("login:submit"));
    awaitTitle("Atasan");
    click(By.id("reassessments-link"));
    awaitTitle("Penilaian ulang kompetensi pasca-pelatihan");
    String card = "div[data-task='" + task + "']";
    assertTrue(browser.findElement(By.cssSelector(card)).getText().contains("Employee A1"), browser.getPageSource());
    new Select(browser.findElement(By.cssSelector(card + " select[name='level-" + integritas + "']"))).selectByValue("4");
    browser.findElement(By.cssSelector(card + " textarea[name='note-" + integritas + "']")).sendKeys("Memimpin rapat dengan jujur");
    click(By.cssSelector(card + " button[id$='complete']"));
    awaitTitle("Penilaian ulang kompetensi pasca-pelatihan");
    assertTrue(browser.findElement(By.id("messages")).getText().contains("Penilaian ulang tersimpan"), browser.getPageSource());
    assertTrue(browser.findElements(By.cssSelector(card)).isEmpty(), "the completed task is no longer listed");

    assertEquals(1, TestDatabase.count("SELECT count(*) FROM evaluation.reassessment_task WHERE id = ? AND status = 'COMPLETED'", task));
    assertEquals(4, TestDatabase.count(
        "SELECT level FROM competency.assessment WHERE employee_id = ? AND competency_id = ? AND method = 'SUPERVISOR'"
            + " AND evidence_note LIKE '%Memimpin rapat%'", agency.employeeA1, integritas));
  }

  private void click(By by) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript("window.binaPreviousPage = true");
    browser.findElement(by).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(driver -> (Boolean) script.executeScript("return window.binaPreviousPage === undefined && document.readyState === 'complete'"));
  }

  private void awaitTitle(String title) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage(() -> "expected page title " + title + " on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource())
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.textToBe(By.id("page-title"), title));
  }
}
