package id.bina.app.evaluation;

import static id.bina.app.support.ReactionFixtures.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.ReactionFixtures;
import id.bina.app.support.ReactionFixtures.Person;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Level 1 of the Kirkpatrick model over HTTP, on a real PostgreSQL: a class completed through the training
 * API is recorded by evaluation, its participants are invited to the reaction survey and answer it
 * anonymously, and HR reads the results only where enough answered.
 */
class ReactionSurveyIT extends ApiTestBase {

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("RSV");
  }

  @Test
  void aCompletedClassIsRecordedWithItsTrainersAndEveryParticipant() {
    List<Person> people = ReactionFixtures.people(agency, 3);
    long k =
        ReactionFixtures.completedClass(
            api, agency, "RSV-FOUND", "Pusdiklat Uji",
            List.of(ReactionFixtures.externalTrainer("Widyaiswara Uji"), ReactionFixtures.employeeTrainer(agency.supervisor)),
            people);
    await(1, "SELECT count(*) FROM evaluation.evaluated_class WHERE class_id = ? AND agency_id = ?", k, agency.id);
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM evaluation.evaluated_class WHERE class_id = ? AND provider_name = 'Pusdiklat Uji' AND course_code = 'RSV-FOUND'", k));
    assertEquals(2, TestDatabase.count("SELECT count(*) FROM evaluation.evaluated_class_trainer WHERE class_id = ?", k));
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM evaluation.evaluated_class_trainer WHERE class_id = ? AND trainer_key = ?", k, "E" + agency.supervisor));
    assertEquals(3, TestDatabase.count(
        "SELECT count(*) FROM evaluation.participation WHERE class_id = ? AND completed AND unit_id = ?", k, agency.unitB));
  }

  @Test
  void participantsAnswerOnceAnonymouslyAndHrSeesTheResultsOnlyAfterTheWindowClosed() {
    TestAgency other = TestAgency.create("RSW");
    List<Person> people = ReactionFixtures.people(agency, 6);
    long k =
        ReactionFixtures.completedClass(
            api, agency, "RSV-ANS", "Pusdiklat Reaksi",
            List.of(ReactionFixtures.externalTrainer("Widyaiswara Reaksi"), ReactionFixtures.employeeTrainer(agency.supervisor)),
            people);

    // Completing the class invites every participant, with a notification, for 14 days.
    await(6, "SELECT count(*) FROM evaluation.survey_invitation i JOIN evaluation.reaction_survey s ON s.id = i.survey_id"
        + " WHERE s.class_id = ? AND s.kind = 'REACTION' AND NOT i.answered", k);
    assertEquals(1, TestDatabase.count(
        "SELECT count(*) FROM evaluation.reaction_survey WHERE class_id = ? AND closes_on = opens_on + 14 AND questionnaire_id = 1", k));
    for (Person p : people) {
      assertEquals(1, TestDatabase.count(
          "SELECT count(*) FROM platform.notification WHERE recipient_employee_id = ? AND topic = 'SURVEY_INVITATION'", p.employeeId()));
    }
    JsonPath mine = api.as(people.get(0).username()).get("evaluation/survey-invitations").then().statusCode(200).extract().jsonPath();
    assertEquals(1, mine.getList("$").size());
    assertEquals(k, mine.getLong("[0].classId"));
    assertEquals(8, mine.getList("[0].items").size());
    assertEquals("TRAINER", mine.getString("[0].items[2].section"));
    long[] invitation = new long[6];
    for (int i = 0; i < 6; i++) {
      invitation[i] = api.as(people.get(i).username()).get("evaluation/survey-invitations").jsonPath().getLong("[0].id");
    }

    // Bad answers are refused field by field.
    api.as(people.get(0).username()).body(Map.of("answers", answers(6, "x"))).post("evaluation/survey-invitations/" + invitation[0] + "/response")
        .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
        .body("errors.field", hasItem("answers[0].score"));
    api.as(people.get(0).username()).body(Map.of("answers", List.of(Map.of("position", 1, "score", 3))))
        .post("evaluation/survey-invitations/" + invitation[0] + "/response")
        .then().statusCode(400).body("errors.message", hasItem("item 2 is required"));
    // Nobody answers someone else's invitation.
    api.as(people.get(1).username()).body(Map.of("answers", answers(3, null))).post("evaluation/survey-invitations/" + invitation[0] + "/response")
        .then().statusCode(404);

    // Five answer: item 1 is scored 1..5, every other Likert item 4; two leave a comment.
    for (int i = 0; i < 5; i++) {
      api.as(people.get(i).username()).body(Map.of("answers", answers(i + 1, i < 2 ? "Komentar " + i : null)))
          .post("evaluation/survey-invitations/" + invitation[i] + "/response").then().log().ifValidationFails().statusCode(204);
    }
    // Once only.
    api.as(people.get(0).username()).body(Map.of("answers", answers(5, null))).post("evaluation/survey-invitations/" + invitation[0] + "/response")
        .then().statusCode(409).contentType("application/problem+json");
    assertEquals(0, api.as(people.get(0).username()).get("evaluation/survey-invitations").jsonPath().getList("$").size());

    // Anonymous: the answers' tables have no column that names a person, and the invitation only says "answered".
    assertEquals(0, TestDatabase.count(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'evaluation'"
            + " AND table_name IN ('survey_response', 'survey_answer') AND column_name NOT IN ('id', 'survey_id', 'response_id', 'position', 'score', 'comment')"));
    assertEquals(5, TestDatabase.count("SELECT count(*) FROM evaluation.survey_invitation WHERE answered AND survey_id = (SELECT id FROM evaluation.reaction_survey WHERE class_id = ?)", k));
    assertEquals(5, TestDatabase.count("SELECT count(*) FROM evaluation.survey_response WHERE survey_id = (SELECT id FROM evaluation.reaction_survey WHERE class_id = ?)", k));

    // While the window is open HR sees the response rate only, and no figure counts the class.
    String hr = agency.user("hr");
    api.as(hr).get("evaluation/reaction/classes/" + k).then().log().ifValidationFails().statusCode(200)
        .body("invited", equalTo(6)).body("answered", equalTo(5)).body("shown", equalTo(false))
        .body("withheldBecause", equalTo("SURVEY_OPEN")).body("items.size()", equalTo(0)).body("comments.size()", equalTo(0));
    api.as(hr).queryParam("by", "CLASS").get("evaluation/reaction").then().statusCode(200)
        .body("classesShown", equalTo(0)).body("classesWithheld", equalTo(1)).body("groups.size()", equalTo(0)).body("items.size()", equalTo(0));

    // The window closes (dates moved back): a late answer is refused, and the results appear.
    closeSurvey(k);
    api.as(people.get(5).username()).body(Map.of("answers", answers(3, null))).post("evaluation/survey-invitations/" + invitation[5] + "/response")
        .then().statusCode(409);
    JsonPath klass = api.as(hr).get("evaluation/reaction/classes/" + k).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    assertTrue(klass.getBoolean("shown"));
    assertEquals(List.of("Komentar 0", "Komentar 1"), klass.getList("comments"));
    // Item 1: 1..5, mean 3, s = sqrt(2.5), t(4; 0.975) = 2.776: 3 ± 1.963.
    assertEquals(5, klass.getInt("items[0].mean.n"));
    assertEquals(3.0, klass.getDouble("items[0].mean.value"), 1e-9);
    assertEquals(1.0368, klass.getDouble("items[0].mean.lower"), 1e-3);
    assertEquals(4.9632, klass.getDouble("items[0].mean.upper"), 1e-3);
    assertEquals(List.of(1, 1, 1, 1, 1), klass.getList("items[0].distribution"));
    assertEquals(4.0, klass.getDouble("items[2].mean.value"), 1e-9);
    assertEquals(List.of(0, 0, 0, 5, 0), klass.getList("items[2].distribution"));
    assertEquals(7, klass.getList("items").size()); // Likert items only

    // Per class: each response's average over the 7 Likert items is (item 1 + 24) / 7, the mean 27/7.
    JsonPath byClass = api.as(hr).queryParam("by", "CLASS").get("evaluation/reaction").then().statusCode(200).extract().jsonPath();
    assertEquals(1, byClass.getInt("classesShown"));
    assertEquals(5, byClass.getInt("groups[0].responses"));
    assertEquals(27.0 / 7, byClass.getDouble("groups[0].score.value"), 1e-5); // JSON numbers are read as floats
    assertEquals(List.of(1, 1, 1, 31, 1), byClass.getList("groups[0].distribution"));
    // Per trainer: the TRAINER items only (4 each), for both trainers of the class.
    JsonPath byTrainer = api.as(hr).queryParam("by", "TRAINER").get("evaluation/reaction").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of("E" + agency.supervisor, "XWidyaiswara Reaksi"), byTrainer.getList("groups.key"));
    assertEquals(4.0, byTrainer.getDouble("groups[1].score.value"), 1e-9);
    assertEquals(List.of(0, 0, 0, 10, 0), byTrainer.getList("groups[1].distribution"));
    api.as(hr).queryParam("by", "PROVIDER").get("evaluation/reaction").then().statusCode(200)
        .body("groups[0].key", equalTo("Pusdiklat Reaksi"));
    api.as(hr).queryParam("by", "WEEK").get("evaluation/reaction").then().statusCode(400);
    String csv = api.as(hr).queryParam("by", "COURSE").get("evaluation/reaction/export.csv").then().statusCode(200).extract().asString();
    assertTrue(csv.startsWith("key,label,classes,responses") && csv.contains(",1,5,5,"), csv);

    // The combined evaluation report has its level-1 section.
    JsonPath doc = api.as(hr).queryParam("classId", k).get("evaluation/report").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    List<String> item1 = doc.getList("sections[2].blocks.find { it.caption == 'Reaksi peserta per butir' }.rows[0]");
    assertTrue(item1.get(0).startsWith("1. "), item1.toString());
    assertTrue(item1.get(1).startsWith("3,00 [1,04 – 4,96]"), item1.toString());
    assertEquals("5", item1.get(2));
    assertEquals("1/1/1/1/1", item1.get(3));
    assertEquals("chart", doc.getString("sections[2].blocks.find { it.title == 'Rata-rata reaksi per butir' }.kind"));

    // Another agency's HR sees nothing of it; employees read no results.
    api.as(other.user("hr")).get("evaluation/reaction/classes/" + k).then().statusCode(404);
    api.as(other.user("hr")).queryParam("by", "CLASS").get("evaluation/reaction").then().statusCode(200).body("groups.size()", equalTo(0));
    api.as(people.get(0).username()).get("evaluation/reaction/classes/" + k).then().statusCode(403);
  }

  @Test
  void aClassWithFewerThanFiveResponsesIsLeftOutOfEveryFigure() {
    List<Person> people = ReactionFixtures.people(agency, 4);
    long k = ReactionFixtures.completedClass(api, agency, "RSV-FEW", "Pusdiklat Kecil", List.of(ReactionFixtures.externalTrainer("Widyaiswara Kecil")), people);
    await(4, "SELECT count(*) FROM evaluation.survey_invitation i JOIN evaluation.reaction_survey s ON s.id = i.survey_id WHERE s.class_id = ?", k);
    for (Person p : people) {
      long invitation = api.as(p.username()).get("evaluation/survey-invitations").jsonPath().getLong("[0].id");
      api.as(p.username()).body(Map.of("answers", answers(1, "Hanya empat"))).post("evaluation/survey-invitations/" + invitation + "/response")
          .then().statusCode(204);
    }
    closeSurvey(k);
    String hr = agency.user("hr");
    JsonPath klass = api.as(hr).get("evaluation/reaction/classes/" + k).then().statusCode(200).extract().jsonPath();
    assertFalse(klass.getBoolean("shown"));
    assertEquals("TOO_FEW_RESPONSES", klass.getString("withheldBecause"));
    assertEquals(4, klass.getInt("answered"));
    assertTrue(klass.getList("comments").isEmpty());
    assertTrue(klass.getList("items").isEmpty());
    for (String by : List.of("CLASS", "COURSE", "PROVIDER", "TRAINER", "MONTH")) {
      api.as(hr).queryParam("by", by).get("evaluation/reaction").then().statusCode(200)
          .body("groups.size()", equalTo(0)).body("items.size()", equalTo(0)).body("classesWithheld", equalTo(1)).body("responses", equalTo(0));
    }
    JsonPath doc = api.as(hr).queryParam("classId", k).get("evaluation/report").then().statusCode(200).extract().jsonPath();
    assertNull(doc.get("sections[2].blocks.find { it.caption == 'Reaksi peserta per butir' }"));
    assertTrue(doc.getList("sections[2].blocks.text").stream().anyMatch(t -> String.valueOf(t).contains("kurang dari 5")), doc.prettify());
  }

  @Test
  void hrBuildsAQuestionnaireThatFreezesOnceUsedAndTheFollowUpSendsItsOwnSurvey() {
    String hr = agency.user("hr");
    api.as(hr).get("evaluation/questionnaires").then().statusCode(200)
        .body("findAll { it.standard }.kind", equalTo(List.of("FOLLOW_UP", "REACTION")));
    api.as(hr).body(Map.of("title", "", "kind", "OTHER", "items", List.of(Map.of("section", "CONTENT", "text", "x", "kind", "SCALE"))))
        .post("evaluation/questionnaires").then().statusCode(400)
        .body("errors.field", hasItem("title")).body("errors.field", hasItem("kind")).body("errors.field", hasItem("items[0].kind"));
    Map<String, Object> body =
        Map.of(
            "title", "Kuesioner Reaksi Instansi", "kind", "REACTION",
            "items", List.of(
                Map.of("section", "CONTENT", "text", "Materi sesuai kebutuhan", "kind", "LIKERT"),
                Map.of("section", "TRAINER", "text", "Pengajar jelas", "kind", "LIKERT"),
                Map.of("section", "GENERAL", "text", "Saran", "kind", "TEXT")));
    Response created = api.as(hr).body(body).post("evaluation/questionnaires");
    created.then().log().ifValidationFails().statusCode(201).body("frozen", equalTo(false)).body("items[2].required", equalTo(false));
    long q = created.jsonPath().getLong("id");
    String tag = api.as(hr).header("If-Match", created.header("ETag")).body(body).put("evaluation/questionnaires/" + q)
        .then().statusCode(200).extract().header("ETag");
    api.as(hr).post("evaluation/questionnaires/" + q + "/activation").then().statusCode(200).body("active", equalTo(true));
    api.as(TestAgency.create("RSX").user("hr")).get("evaluation/questionnaires/" + q).then().statusCode(404);

    // The next class uses it, and then it is frozen.
    List<Person> people = ReactionFixtures.people(agency, 2);
    long k = ReactionFixtures.completedClass(api, agency, "RSV-OWN", "Pusdiklat Sendiri", List.of(ReactionFixtures.externalTrainer("Widyaiswara Sendiri")), people);
    await(1, "SELECT count(*) FROM evaluation.reaction_survey WHERE class_id = ? AND questionnaire_id = ?", k, q);
    assertEquals(3, api.as(people.get(0).username()).get("evaluation/survey-invitations").jsonPath().getList("[0].items").size());
    api.as(hr).header("If-Match", tag).body(body).put("evaluation/questionnaires/" + q).then().statusCode(409);
    api.as(hr).get("evaluation/questionnaires/" + q).then().body("frozen", equalTo(true));

    // When the level-3 follow-up falls due, the participants get the FOLLOW_UP questionnaire.
    execute("UPDATE evaluation.behaviour_follow_up SET due_on = ? WHERE class_id = ?", Date.valueOf(TestAgency.today()), k);
    api.as(hr).queryParam("scope", "AGENCY").get("evaluation/reassessment-tasks").then().statusCode(200);
    assertEquals(2, TestDatabase.count(
        "SELECT count(*) FROM evaluation.survey_invitation i JOIN evaluation.reaction_survey s ON s.id = i.survey_id"
            + " WHERE s.class_id = ? AND s.kind = 'FOLLOW_UP' AND s.questionnaire_id = 2", k));
    assertTrue(api.as(people.get(1).username()).get("evaluation/survey-invitations").jsonPath().getList("kind").contains("FOLLOW_UP"));
  }

  /** Answers to the standard questionnaire: item 1 scored {@code first}, items 2-7 scored 4, item 8 the comment. */
  static List<Map<String, Object>> answers(int first, String comment) {
    List<Map<String, Object>> answers = new ArrayList<>();
    answers.add(Map.of("position", 1, "score", first));
    for (int position = 2; position <= 7; position++) {
      answers.add(Map.of("position", position, "score", 4));
    }
    if (comment != null) {
      answers.add(Map.of("position", 8, "comment", comment));
    }
    return answers;
  }

  /** Moves the class's survey window into the past: it closed yesterday (agency calendar). */
  static void closeSurvey(long classId) {
    Date yesterday = Date.valueOf(TestAgency.today().minusDays(1));
    execute("UPDATE evaluation.reaction_survey SET opens_on = ?::date - 14, closes_on = ? WHERE class_id = ?", yesterday, yesterday, classId);
  }

  static void execute(String sql, Object... parameters) {
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
}
