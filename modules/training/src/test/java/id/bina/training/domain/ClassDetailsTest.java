package id.bina.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.platform.InvalidInputException.FieldError;
import id.bina.training.ClassStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassDetailsTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  private static Session session(LocalDate date, String from, String to) {
    return new Session(date, LocalTime.parse(from), LocalTime.parse(to));
  }

  private static ClassDetails details(
      List<Session> sessions, Integer capacity, LocalDate opens, LocalDate closes, List<SeatQuota> quotas) {
    return new ClassDetails(
        "PKP-01-A", "Angkatan I", sessions, "Aula Lt. 3", null, capacity, opens, closes, quotas, List.of(new Trainer(null, "Dr. Widya")));
  }

  private static ClassDetails valid() {
    return details(
        List.of(session(MONDAY, "08:00", "12:00"), session(MONDAY, "13:00", "16:00"), session(MONDAY.plusDays(1), "08:00", "12:00")),
        30,
        MONDAY.minusDays(30),
        MONDAY.minusDays(3),
        List.of(new SeatQuota(11, 10), new SeatQuota(12, 20)));
  }

  private static List<String> fields(ClassDetails d) {
    return d.problems().stream().map(FieldError::field).toList();
  }

  @Test
  void aWellFormedClassHasNoProblems() {
    ClassDetails d = valid();
    assertEquals(List.of(), d.problems());
    assertEquals(MONDAY, d.firstSessionOn());
    assertEquals(MONDAY.plusDays(1), d.lastSessionOn());
  }

  @Test
  void quotasMustFitInTheCapacity() {
    ClassDetails d =
        details(valid().sessions(), 25, MONDAY.minusDays(30), MONDAY.minusDays(3), List.of(new SeatQuota(11, 10), new SeatQuota(12, 20)));
    assertEquals(List.of("quotas"), fields(d));
    ClassDetails twice =
        details(valid().sessions(), 25, MONDAY.minusDays(30), MONDAY.minusDays(3), List.of(new SeatQuota(11, 1), new SeatQuota(11, 2)));
    assertEquals(List.of("quotas[1].unitId"), fields(twice));
  }

  @Test
  void capacityMustBePositive() {
    assertEquals(List.of("capacity"), fields(details(valid().sessions(), 0, MONDAY.minusDays(30), MONDAY.minusDays(3), List.of())));
  }

  @Test
  void enrolmentClosesBeforeTheFirstSessionAndAfterItOpens() {
    assertEquals(List.of("enrolmentCloses"), fields(details(valid().sessions(), 30, MONDAY.minusDays(30), MONDAY, List.of())));
    assertEquals(
        List.of("enrolmentCloses"), fields(details(valid().sessions(), 30, MONDAY.minusDays(3), MONDAY.minusDays(5), List.of())));
  }

  @Test
  void sessionsAreInOrderWithoutOverlapAndEndAfterTheyStart() {
    List<Session> overlapping = List.of(session(MONDAY, "08:00", "12:00"), session(MONDAY, "11:00", "13:00"));
    assertEquals(List.of("sessions[1].date"), fields(details(overlapping, 30, MONDAY.minusDays(9), MONDAY.minusDays(1), List.of())));
    List<Session> backwards = List.of(session(MONDAY.plusDays(1), "08:00", "12:00"), session(MONDAY, "08:00", "12:00"));
    assertEquals(List.of("sessions[1].date"), fields(details(backwards, 30, MONDAY.minusDays(9), MONDAY.minusDays(1), List.of())));
    List<Session> inverted = List.of(session(MONDAY, "12:00", "08:00"));
    assertEquals(List.of("sessions[0].endsAt"), fields(details(inverted, 30, MONDAY.minusDays(9), MONDAY.minusDays(1), List.of())));
    assertEquals(List.of("sessions"), fields(details(List.of(), 30, MONDAY.minusDays(9), MONDAY.minusDays(1), List.of())));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ClassDetails d =
        new ClassDetails(
            "", " ", List.of(session(MONDAY, "09:00", "08:00")), null, "ftp://x", -1, null, null,
            List.of(new SeatQuota(1, 0)), List.of(new Trainer(5L, "Both")));
    assertEquals(
        List.of("code", "name", "sessions[0].endsAt", "onlineLink", "capacity", "enrolmentOpens", "enrolmentCloses", "quotas[0].seats", "trainers[0]"),
        fields(d));
  }

  @Test
  void aClassMovesOnlyAlongItsLife() {
    TrainingClass k = TrainingClass.draft(1, 2, valid(), "hr");
    assertEquals(ClassStatus.DRAFT, k.getStatus());
    assertThrows(IllegalStateException.class, () -> k.moveTo(ClassStatus.RUNNING, null, "hr"));
    k.moveTo(ClassStatus.OPEN, null, "hr");
    assertTrue(k.isOpenForEnrolment(MONDAY.minusDays(3)));
    assertTrue(!k.isOpenForEnrolment(MONDAY.minusDays(2)));
    k.moveTo(ClassStatus.CLOSED, null, "hr");
    k.moveTo(ClassStatus.RUNNING, null, "hr");
    assertThrows(IllegalStateException.class, () -> k.moveTo(ClassStatus.CANCELLED, "late", "hr"));
    k.moveTo(ClassStatus.COMPLETED, null, "hr");
    assertThrows(IllegalStateException.class, () -> k.moveTo(ClassStatus.OPEN, null, "hr"));
  }

  @Test
  void aCancellationNeedsAReasonAndEndsTheClass() {
    TrainingClass k = TrainingClass.draft(1, 2, valid(), "hr");
    assertThrows(IllegalArgumentException.class, () -> k.moveTo(ClassStatus.CANCELLED, " ", "hr"));
    k.moveTo(ClassStatus.CANCELLED, "Narasumber berhalangan", "hr");
    assertEquals("Narasumber berhalangan", k.getCancelReason());
    assertTrue(ClassStatus.CANCELLED.next().isEmpty());
  }

  @Test
  void quotasChangeOnlyWhileADraft() {
    TrainingClass k = TrainingClass.draft(1, 2, valid(), "hr");
    k.moveTo(ClassStatus.OPEN, null, "hr");
    ClassDetails v = valid();
    ClassDetails otherQuotas =
        new ClassDetails(v.code(), v.name(), v.sessions(), v.venue(), v.onlineLink(), v.capacity(), v.enrolmentOpens(), v.enrolmentCloses(),
            List.of(new SeatQuota(11, 30)), v.trainers());
    assertThrows(IllegalStateException.class, () -> k.replace(otherQuotas, "hr"));
    ClassDetails renamed =
        new ClassDetails(v.code(), "Angkatan II", v.sessions(), v.venue(), v.onlineLink(), 40, v.enrolmentOpens(), v.enrolmentCloses(),
            v.quotas(), v.trainers());
    k.replace(renamed, "hr");
    assertEquals(40, k.getCapacity());
  }
}
