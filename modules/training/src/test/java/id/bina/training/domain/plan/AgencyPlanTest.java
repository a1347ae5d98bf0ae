package id.bina.training.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.platform.InvalidInputException.FieldError;
import id.bina.training.CourseType;
import id.bina.training.Modality;
import id.bina.training.SkpPredicate;
import id.bina.training.domain.Course;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyPlanTest {

  private static LineDetails line(Integer quarter, LocalDate from, LocalDate to, Modality modality, int classes, int seats, List<UnitSeats> units, List<Long> employees, Long unit) {
    return new LineDetails(
        5L, unit, 1, employees, CourseType.TECHNICAL, modality, Course.ProviderKind.INTERNAL, "Pusdiklat", quarter, from, to, classes, seats,
        units, 45_000_000L, null, "");
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void aValidLineHasNoProblems() {
    assertEquals(List.of(), line(2, null, null, Modality.CLASSROOM, 2, 60, List.of(new UnitSeats(1, 20), new UnitSeats(2, 40)), List.of(), 9L).problems(2027));
    assertEquals(
        List.of(),
        line(null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), Modality.COACHING, 0, 2, List.of(), List.of(7L, 8L), null).problems(2027));
  }

  @Test
  void theScheduleIsAQuarterOrDatesInThePlansYear() {
    assertEquals(List.of("plannedQuarter"), fields(line(null, null, null, Modality.CLASSROOM, 1, 10, List.of(), List.of(), null).problems(2027)));
    assertEquals(
        List.of("plannedQuarter"),
        fields(line(1, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), Modality.CLASSROOM, 1, 10, List.of(), List.of(), null).problems(2027)));
    assertEquals(List.of("plannedQuarter"), fields(line(5, null, null, Modality.CLASSROOM, 1, 10, List.of(), List.of(), null).problems(2027)));
    assertEquals(
        List.of("endsOn", "startsOn"),
        fields(line(null, LocalDate.of(2028, 3, 5), LocalDate.of(2028, 3, 1), Modality.CLASSROOM, 1, 10, List.of(), List.of(), null).problems(2027)));
  }

  @Test
  void seatsPerUnitFitTheLineAndTargetsAreAUnitOrPeople() {
    assertEquals(
        List.of("unitSeats"),
        fields(line(1, null, null, Modality.CLASSROOM, 1, 30, List.of(new UnitSeats(1, 20), new UnitSeats(2, 11)), List.of(), null).problems(2027)));
    assertEquals(
        List.of("unitSeats[1].unitId"),
        fields(line(1, null, null, Modality.CLASSROOM, 1, 30, List.of(new UnitSeats(1, 10), new UnitSeats(1, 10)), List.of(), null).problems(2027)));
    assertEquals(List.of("employees", "seats"), fields(line(1, null, null, Modality.CLASSROOM, 1, 3, List.of(), List.of(7L, 8L), 9L).problems(2027)));
    assertEquals(List.of("classes"), fields(line(1, null, null, Modality.WORKSHOP, 0, 3, List.of(), List.of(), null).problems(2027)));
  }

  @Test
  void seatsCloseGapsUpToThePeopleBelowStandard() {
    assertEquals(12, GapCoverage.gapsClosed(12, 30));
    assertEquals(30, GapCoverage.gapsClosed(250, 30));
    assertEquals(0, GapCoverage.gapsClosed(0, 30));
    assertEquals(1_500_000L, GapCoverage.costPerSeat(45_000_000L, 30));
    assertEquals(33_333L, GapCoverage.costPerSeat(100_000L, 3));
    assertNull(GapCoverage.costPerSeat(100_000L, 0));
    assertEquals(3, GapCoverage.classesFor(61, 30, true));
    assertEquals(1, GapCoverage.classesFor(0, 30, true));
    assertEquals(0, GapCoverage.classesFor(61, 30, false));
  }

  @Test
  void anotherHrManagerApprovesAndThePlanIsThenClosed() {
    AgencyPlan plan = AgencyPlan.draft(1, 2027, "hr1");
    plan.changed("hr2");
    assertThrows(AgencyPlan.SelfApprovalException.class, () -> plan.approve("hr1", 3));
    assertThrows(AgencyPlan.SelfApprovalException.class, () -> plan.approve("hr2", 3));
    assertThrows(IllegalStateException.class, () -> plan.approve("hr3", 0));
    plan.approve("hr3", 3);
    assertEquals(AgencyPlanStatus.APPROVED, plan.getStatus());
    assertEquals("hr3", plan.getApprovedBy());
    assertThrows(IllegalStateException.class, () -> plan.changed("hr1"));
    assertThrows(IllegalStateException.class, () -> plan.approve("hr4", 3));
  }

  @Test
  void predicatesAreReadAsAppraisalExportsWriteThem() {
    assertEquals(SkpPredicate.SANGAT_BAIK, SkpPredicate.parse(" Sangat Baik ").orElseThrow());
    assertEquals(SkpPredicate.BUTUH_PERBAIKAN, SkpPredicate.parse("butuh-perbaikan").orElseThrow());
    assertTrue(SkpPredicate.parse("Istimewa").isEmpty());
    assertTrue(SkpPredicate.BUTUH_PERBAIKAN.belowExpectation());
    assertTrue(!SkpPredicate.BAIK.belowExpectation());
  }
}
