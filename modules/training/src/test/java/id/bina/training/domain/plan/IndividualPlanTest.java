package id.bina.training.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.platform.InvalidInputException.FieldError;
import id.bina.training.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndividualPlanTest {

  private static final long EMPLOYEE = 7;
  private static final long SUPERVISOR = 3;

  private static final PlannedGap GAP = new PlannedGap(11, 1, 3, 3);
  private static final PlannedActivity CLASS = new PlannedActivity(ActivityKind.CLASS, 11L, 100L, 10L, Modality.CLASSROOM, "", 24, 2);

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  private static IndividualPlan submitted() {
    IndividualPlan plan = IndividualPlan.draft(1, EMPLOYEE, 2027, "pegawai");
    plan.replace(List.of(GAP), List.of(CLASS), "pegawai");
    plan.submit(SUPERVISOR, "pegawai");
    return plan;
  }

  @Test
  void aValidPlanHasNoProblems() {
    PlannedActivity mentoring = new PlannedActivity(ActivityKind.MENTORING, null, null, null, Modality.MENTORING, "Mentoring oleh kepala bagian", 8, 3);
    assertEquals(List.of(), IndividualPlan.problems(List.of(GAP, new PlannedGap(12, null, 2, 2)), List.of(CLASS, mentoring)));
  }

  @Test
  void targetsMustBeAboveTheCurrentLevelAndChosenOnce() {
    List<FieldError> errors = IndividualPlan.problems(List.of(new PlannedGap(11, 2, 3, 2), new PlannedGap(11, null, 3, 6)), List.of());
    assertEquals(List.of("gaps[0].targetLevel", "gaps[1].competencyId", "gaps[1].targetLevel"), fields(errors));
  }

  @Test
  void eachKindOfActivityNeedsWhatItNames() {
    List<FieldError> errors =
        IndividualPlan.problems(
            List.of(GAP),
            List.of(
                new PlannedActivity(ActivityKind.CLASS, null, null, null, Modality.CLASSROOM, "", 24, 1),
                new PlannedActivity(ActivityKind.COURSE, null, 5L, null, Modality.CLASSROOM, "", 24, 1),
                new PlannedActivity(ActivityKind.NON_CLASSICAL, null, null, null, Modality.WORKSHOP, "", 0, 5),
                new PlannedActivity(ActivityKind.MENTORING, 99L, null, null, Modality.MENTORING, "Mentoring", 4, 1)));
    assertEquals(
        List.of(
            "activities[0].classId",
            "activities[1].courseId",
            "activities[1].classId",
            "activities[2].description",
            "activities[2].modality",
            "activities[2].plannedJp",
            "activities[2].plannedQuarter",
            "activities[3].competencyId"),
        fields(errors));
  }

  @Test
  void anEmptyPlanIsNotSubmitted() {
    IndividualPlan plan = IndividualPlan.draft(1, EMPLOYEE, 2027, "pegawai");
    assertThrows(IllegalStateException.class, () -> plan.submit(SUPERVISOR, "pegawai"));
    assertEquals(PlanStatus.DRAFT, plan.getStatus());
  }

  @Test
  void theSupervisorApprovesASubmittedPlanWhichIsThenClosedToEdits() {
    IndividualPlan plan = submitted();
    assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
    assertEquals(SUPERVISOR, plan.getSubmittedTo());
    assertThrows(IllegalStateException.class, () -> plan.replace(List.of(GAP), List.of(), "pegawai"));
    plan.approve(SUPERVISOR, "atasan");
    assertEquals(PlanStatus.APPROVED, plan.getStatus());
    assertEquals("atasan", plan.getDecidedBy());
    assertThrows(IllegalStateException.class, () -> plan.approve(SUPERVISOR, "atasan"));
    assertThrows(IllegalStateException.class, () -> plan.submit(SUPERVISOR, "pegawai"));
  }

  @Test
  void nobodyDecidesOnTheirOwnPlan() {
    IndividualPlan plan = submitted();
    assertThrows(IndividualPlan.SelfDecisionException.class, () -> plan.approve(EMPLOYEE, "pegawai"));
    assertThrows(IndividualPlan.SelfDecisionException.class, () -> plan.returnToEmployee(EMPLOYEE, "Kurang", "pegawai"));
    assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
  }

  @Test
  void aReturnedPlanKeepsItsReasonUntilSubmittedAgain() {
    IndividualPlan plan = submitted();
    assertThrows(IllegalArgumentException.class, () -> plan.returnToEmployee(SUPERVISOR, " ", "atasan"));
    plan.returnToEmployee(SUPERVISOR, " Tambahkan kegiatan nonklasikal ", "atasan");
    assertEquals(PlanStatus.RETURNED, plan.getStatus());
    assertEquals("Tambahkan kegiatan nonklasikal", plan.getReturnReason());
    assertTrue(plan.getStatus().editable());
    plan.replace(List.of(GAP), List.of(CLASS, new PlannedActivity(ActivityKind.NON_CLASSICAL, 11L, null, null, Modality.ON_THE_JOB, "Bimbingan di tempat kerja", 10, 3)), "pegawai");
    plan.submit(SUPERVISOR, "pegawai");
    assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
    assertNull(plan.getReturnReason());
  }
}
