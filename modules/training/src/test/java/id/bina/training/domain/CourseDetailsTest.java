package id.bina.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.platform.InvalidInputException.FieldError;
import id.bina.training.CourseStatus;
import id.bina.training.CourseType;
import id.bina.training.LeadershipProgramme;
import id.bina.training.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseDetailsTest {

  private static CourseDetails details(
      CourseType type, LeadershipProgramme programme, Course.ProviderKind provider, String providerName, List<TargetCompetency> targets,
      List<Eligibility> eligibility) {
    return new CourseDetails(
        "Pelatihan Kepemimpinan Pengawas", "Membangun kepemimpinan kinerja", type, programme, Modality.CLASSROOM, 70, provider,
        providerName, 8_500_000L, targets, List.of(), List.of(), eligibility);
  }

  private static List<String> fields(CourseDetails d) {
    return d.problems().stream().map(FieldError::field).toList();
  }

  @Test
  void aLeadershipCourseMayNameItsProgrammeAndOthersMayNot() {
    assertEquals(
        List.of(),
        fields(details(CourseType.LEADERSHIP, LeadershipProgramme.PKP, Course.ProviderKind.EXTERNAL, "LAN", List.of(), List.of())));
    assertEquals(
        List.of("leadershipProgramme"),
        fields(details(CourseType.TECHNICAL, LeadershipProgramme.PKP, Course.ProviderKind.INTERNAL, "", List.of(), List.of())));
  }

  @Test
  void anExternalProviderIsNamed() {
    assertEquals(
        List.of("provider.name"), fields(details(CourseType.TECHNICAL, null, Course.ProviderKind.EXTERNAL, " ", List.of(), List.of())));
  }

  @Test
  void targetLevelsAreOneToFiveAndEachCompetencyOnce() {
    List<TargetCompetency> targets = List.of(new TargetCompetency(7, 3), new TargetCompetency(7, 2), new TargetCompetency(8, 6));
    assertEquals(
        List.of("targetCompetencies[1].competencyId", "targetCompetencies[2].targetLevel"),
        fields(details(CourseType.TECHNICAL, null, Course.ProviderKind.INTERNAL, "", targets, List.of())));
  }

  @Test
  void eligibilityNamesRealRanksAndPositionClasses() {
    List<Eligibility> eligibility =
        List.of(
            new Eligibility(Eligibility.Kind.RANK, "III/a"),
            new Eligibility(Eligibility.Kind.RANK, "V/z"),
            new Eligibility(Eligibility.Kind.POSITION_CLASS, "PENGAWAS"),
            new Eligibility(Eligibility.Kind.POSITION_CLASS, "KING"),
            new Eligibility(Eligibility.Kind.UNIT, "42"));
    assertEquals(
        List.of("eligibility.ranks", "eligibility.positionClasses"),
        fields(details(CourseType.TECHNICAL, null, Course.ProviderKind.INTERNAL, "", List.of(), eligibility)));
  }

  @Test
  void missingBasicsAreEachReported() {
    CourseDetails d =
        new CourseDetails(" ", null, null, null, null, 0, null, null, -1L, List.of(), List.of(), List.of(), List.of());
    assertEquals(List.of("title", "type", "modality", "lessonHours", "provider.kind", "costPerParticipant"), fields(d));
  }

  @Test
  void aCourseIsPublishedOnceAndRetiredCoursesAreNotEdited() {
    CourseDetails d = details(CourseType.TECHNICAL, null, Course.ProviderKind.INTERNAL, "Pusdiklat", List.of(new TargetCompetency(7, 3)), List.of());
    Course course = Course.draft(1, "TEK-01", d, "indonesian", "hr");
    assertEquals(CourseStatus.DRAFT, course.getStatus());
    course.publish("hr");
    assertThrows(IllegalStateException.class, () -> course.publish("hr"));
    course.retire("hr");
    assertThrows(IllegalStateException.class, () -> course.replace("TEK-01", d, "indonesian", "hr"));
  }

  @Test
  void modalitiesAreClassicalOrNot() {
    assertTrue(Modality.TECHNICAL_GUIDANCE.classical());
    assertFalse(Modality.SECONDMENT.classical());
    assertFalse(Modality.E_LEARNING.classical());
  }
}
