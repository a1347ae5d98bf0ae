package id.bina.competency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.bina.competency.AssessmentMethod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetencyProfileTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static Assessment assessed(long competency, int level, AssessmentMethod method, LocalDate on) {
    return new Assessment(1, 7, competency, 1, level, method, on, "penilai", null);
  }

  @Test
  void anAssessmentCentreResultIsNotReplacedByALaterSelfAssessment() {
    Assessment centre = assessed(10, 2, AssessmentMethod.ASSESSMENT_CENTRE, TODAY.minusMonths(6));
    Assessment self = assessed(10, 4, AssessmentMethod.SELF, TODAY.minusDays(1));
    assertEquals(centre, CompetencyProfile.of(List.of(self, centre), TODAY, 3).sourceOf(10));
  }

  @Test
  void amongEqualMethodsTheLatestCounts() {
    Assessment older = assessed(10, 2, AssessmentMethod.SUPERVISOR, TODAY.minusYears(1));
    Assessment newer = assessed(10, 3, AssessmentMethod.WRITTEN_TEST, TODAY.minusMonths(1));
    assertEquals(newer, CompetencyProfile.of(List.of(newer, older), TODAY, 3).sourceOf(10));
  }

  @Test
  void expiredResultsGiveWayToWeakerValidOnes() {
    Assessment expiredCentre = assessed(10, 5, AssessmentMethod.ASSESSMENT_CENTRE, TODAY.minusYears(3).minusDays(1));
    Assessment self = assessed(10, 2, AssessmentMethod.SELF, TODAY.minusYears(1));
    CompetencyProfile profile = CompetencyProfile.of(List.of(expiredCentre, self), TODAY, 3);
    assertEquals(self, profile.sourceOf(10));
    assertNull(CompetencyProfile.of(List.of(expiredCentre), TODAY, 3).sourceOf(10));
    // On the last day of its validity it still counts.
    assertEquals(
        expiredCentre, CompetencyProfile.of(List.of(expiredCentre), TODAY.minusDays(1), 3).sourceOf(10));
  }
}
