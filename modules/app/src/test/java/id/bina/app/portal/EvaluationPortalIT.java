package id.bina.app.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.Api;
import id.bina.app.support.BinaDeployment;
import id.bina.app.support.ReactionFixtures;
import id.bina.app.support.ReactionFixtures.Person;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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
 * Level 1 in the browser at phone size: a participant answers the reaction survey of a completed class, and
 * once five answered and the window closed (dates moved in the database), HR opens the results with their
 * bars and the class's own results with the comments, then the class's evaluation report (its sections, the level-1 figures and a chart image that loaded).
 * The report page's screenshot goes to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationPortalIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("bina.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("bina.chromedriver", "/usr/bin/chromedriver"));

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=390,844",
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
  void aParticipantAnswersOnAPhoneAndHrSeesTheResultsOnceFiveAnsweredAndTheWindowClosed() {
    TestAgency agency = TestAgency.create("EVP");
    Api api = new Api(base);
    List<Person> people = ReactionFixtures.people(agency, 5);
    long k = ReactionFixtures.completedClass(api, agency, "EVP-RK", "Pusdiklat Portal", List.of(ReactionFixtures.externalTrainer("Widyaiswara Portal")), people);
    ReactionFixtures.await(5, "SELECT count(*) FROM evaluation.survey_invitation i JOIN evaluation.reaction_survey s ON s.id = i.survey_id WHERE s.class_id = ?", k);

    browser.manage().window().setSize(new Dimension(390, 844));
    login(people.get(0).username());
    awaitTitle("Pegawai");
    click(By.id("my-surveys"));
    awaitTitle("Kuesioner evaluasi pelatihan");
    long invitation = api.as(people.get(0).username()).get("evaluation/survey-invitations").jsonPath().getLong("[0].id");
    String card = "div[data-invitation='" + invitation + "']";
    for (int position = 1; position <= 7; position++) {
      WebElement radio = browser.findElement(By.cssSelector(card + " input[name='score-" + position + "'][value='" + (position == 1 ? 5 : 4) + "']"));
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", radio);
      radio.click();
    }
    browser.findElement(By.cssSelector(card + " textarea[name='comment-8']")).sendKeys("Materi sangat bermanfaat");
    click(By.cssSelector(card + " button[id$='send']"));
    awaitTitle("Kuesioner evaluasi pelatihan");
    assertTrue(browser.findElement(By.id("messages")).getText().contains("Terima kasih"), browser.getPageSource());
    assertTrue(browser.findElements(By.cssSelector(card)).isEmpty(), "the answered survey is no longer listed");
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM evaluation.survey_answer a JOIN evaluation.survey_response r ON r.id = a.response_id"
            + " JOIN evaluation.reaction_survey s ON s.id = r.survey_id WHERE s.class_id = ? AND a.comment = 'Materi sangat bermanfaat'", k));

    // Four more answer (through the API), and the window closes.
    for (int i = 1; i < 5; i++) {
      long id = api.as(people.get(i).username()).get("evaluation/survey-invitations").jsonPath().getLong("[0].id");
      List<Map<String, Object>> answers = new ArrayList<>();
      for (int position = 1; position <= 7; position++) {
        answers.add(Map.of("position", position, "score", position == 1 ? 3 : 4));
      }
      api.as(people.get(i).username()).body(Map.of("answers", answers)).post("evaluation/survey-invitations/" + id + "/response").then().statusCode(204);
    }
    browser.manage().deleteAllCookies();
    login(agency.user("hr"));
    awaitTitle("Pengelola SDM");
    click(By.id("reaction-results-link"));
    awaitTitle("Hasil evaluasi reaksi (level 1)");
    assertTrue(browser.findElements(By.cssSelector("#reaction-groups tr[data-key='" + k + "']")).isEmpty(), "no results while the survey is open");

    Date yesterday = Date.valueOf(TestAgency.today().minusDays(1));
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("UPDATE evaluation.reaction_survey SET opens_on = ?::date - 14, closes_on = ? WHERE class_id = ?")) {
      s.setDate(1, yesterday);
      s.setDate(2, yesterday);
      s.setLong(3, k);
      s.executeUpdate();
      // The class ran two weeks ago (the fixture plans it ahead), so the report page lists it among the recent classes.
      try (PreparedStatement ran =
          c.prepareStatement("UPDATE evaluation.evaluated_class SET first_session_on = ?::date - 15, last_session_on = ?::date - 14 WHERE class_id = ?")) {
        ran.setDate(1, yesterday);
        ran.setDate(2, yesterday);
        ran.setLong(3, k);
        assertEquals(1, ran.executeUpdate());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    browser.navigate().refresh();
    awaitTitle("Hasil evaluasi reaksi (level 1)");
    WebElement row = browser.findElement(By.cssSelector("#reaction-groups tr[data-key='" + k + "']"));
    assertTrue(row.getText().contains("5"), row.getText());
    // Item 1: one 5 and four 3s, mean 3,40.
    WebElement item1 = browser.findElement(By.cssSelector("#reaction-items tr[data-position='1']"));
    assertTrue(item1.findElement(By.cssSelector(".bina-mean")).getText().startsWith("3,40 ["), item1.getText());
    String width = item1.findElement(By.cssSelector(".bina-hbar")).getAttribute("style");
    assertTrue(width.contains("68%"), width);
    assertFalse(browser.getPageSource().contains("Materi sangat bermanfaat"), "comments are shown per class only, not in the overview");

    // One class's results: its response rate, items and the comments.
    click(By.cssSelector("#reaction-groups a[data-class-link='" + k + "']"));
    awaitTitle("Hasil evaluasi reaksi (level 1)");
    WebElement classResults = browser.findElement(By.cssSelector("[data-class='" + k + "']"));
    assertTrue(classResults.findElement(By.id("reaction-class-rate")).getText().contains("5 / 5 (100%)"), classResults.getText());
    WebElement classItem1 = classResults.findElement(By.cssSelector("#reaction-class-items tr[data-position='1']"));
    assertTrue(classItem1.findElement(By.cssSelector(".bina-mean")).getText().startsWith("3,40 ["), classItem1.getText());
    assertEquals("5", classItem1.findElement(By.cssSelector(".bina-n")).getText());
    assertEquals("0 / 0 / 4 / 0 / 1", classItem1.findElement(By.cssSelector(".bina-distribution")).getText());
    assertEquals(7, classResults.findElements(By.cssSelector("#reaction-class-items tbody tr")).size(), classResults.getText());
    assertEquals(List.of("Materi sangat bermanfaat"),
        classResults.findElements(By.cssSelector("#reaction-comments li")).stream().map(WebElement::getText).toList());
    screenshot("hr-reaction-class");

    // The class's evaluation report: HR chooses the class in the report page's form.
    browser.get(base + "portal/hr.xhtml");
    awaitTitle("Pengelola SDM");
    click(By.id("evaluation-report-link"));
    awaitTitle("Laporan evaluasi pelatihan");
    new Select(browser.findElement(By.id("classId"))).selectByValue(Long.toString(k));
    click(By.id("show"));
    awaitTitle("Laporan evaluasi pelatihan");
    assertTrue(browser.getCurrentUrl().contains("classId=" + k), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("report-subtitle")).getText().contains("EVP-RK"), browser.findElement(By.id("report-subtitle")).getText());
    List<String> headings = browser.findElements(By.cssSelector(".bina-report-section h2")).stream().map(WebElement::getText).toList();
    assertEquals(5, headings.size(), headings.toString());
    assertTrue(headings.get(0).endsWith("Pendahuluan"), headings.toString());
    assertTrue(headings.get(4).endsWith("Kesimpulan dan rekomendasi"), headings.toString());
    String report = browser.findElement(By.cssSelector(".bina-report")).getText();
    assertTrue(report.contains("5 jawaban kuesioner reaksi dari 1 kelas"), report);
    WebElement reaction = browser.findElement(By.xpath("//table[caption='Reaksi peserta per butir']"));
    WebElement reactionItem1 = reaction.findElement(By.xpath(".//tbody/tr[1]"));
    assertTrue(reactionItem1.getText().contains("3,40 ["), reactionItem1.getText());
    List<String> cells = reactionItem1.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertEquals("5", cells.get(2), cells.toString());
    assertEquals("0/0/4/0/1", cells.get(3), cells.toString());
    WebElement chart = browser.findElement(By.cssSelector("img.bina-chart[alt='Rata-rata reaksi per butir']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", chart);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage(() -> "the level-1 chart did not load: " + chart.getAttribute("src"))
        .until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
    assertEquals(720L, ((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", chart)).longValue());
    screenshot("hr-evaluation-report");
  }

  private void screenshot(String name) {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void login(String username) {
    browser.get(base + "login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(TestAgency.PASSWORD);
    click(By.id("login:submit"));
  }

  private void click(By by) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript("window.binaPreviousPage = true");
    WebElement element = browser.findElement(by);
    script.executeScript("arguments[0].scrollIntoView(true);", element);
    element.click();
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
