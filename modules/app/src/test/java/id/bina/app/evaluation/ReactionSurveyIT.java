package id.bina.app.evaluation;

import static id.bina.app.support.ReactionFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.ReactionFixtures;
import id.bina.app.support.ReactionFixtures.Person;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import java.util.List;
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
}
