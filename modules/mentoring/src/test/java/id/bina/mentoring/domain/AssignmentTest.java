package id.bina.mentoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class AssignmentTest {

  private static final long MENTEE = 1;
  // Mentor pool ids 51, 52, 53 belong to employees 151, 152, 153.
  private static final LongUnaryOperator EMPLOYEE_OF = mentorId -> mentorId + 100;
  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration WEEK = Duration.ofDays(7);
  private static final LocalDate START = LocalDate.of(2026, 3, 2);

  private static Assignment request(Long... mentors) {
    return Assignment.requested(1, 9, MENTEE, List.of(mentors), EMPLOYEE_OF, T0, WEEK, "pegawai");
  }

  @Test
  void aRequestWaitsForEachCandidateInTurnThenIsDeclined() {
    Assignment a = request(51L, 52L, 53L);
    assertEquals(151L, a.getMentorEmployeeId());
    assertFalse(a.expireIfDue(T0.plusDays(6), WEEK, EMPLOYEE_OF));
    // Fifteen days: the first candidate's week and the second's passed; the third has a week from day 14.
    assertTrue(a.expireIfDue(T0.plusDays(15), WEEK, EMPLOYEE_OF));
    assertEquals(53L, a.getMentorId());
    assertEquals(153L, a.getMentorEmployeeId());
    assertEquals(T0.plusDays(21), a.getRequestDeadline());
    a.decline(153, EMPLOYEE_OF, T0.plusDays(16), WEEK);
    assertEquals(AssignmentStatus.DECLINED, a.getStatus());
    assertNull(a.getRequestDeadline());
  }

  @Test
  void onlyTheCandidateAskedNowAccepts() {
    Assignment a = request(51L, 52L);
    assertThrows(AccessDeniedException.class, () -> a.accept(152, START));
    a.accept(151, START);
    assertEquals(AssignmentStatus.ACTIVE, a.getStatus());
    assertEquals(START, a.getStartsOn());
    assertThrows(ConflictException.class, () -> a.accept(151, START));
  }

  @Test
  void aRequestNamesOneToThreeDifferentMentorsNotTheMenteeThemself() {
    assertThrows(InvalidInputException.class, () -> request(51L, 52L, 53L, 54L));
    assertThrows(InvalidInputException.class, () -> request(51L, 51L));
    assertThrows(InvalidInputException.class, () -> request(MENTEE - 100));
  }

  @Test
  void endingEarlyNeedsAReasonAndCompletionNeedsEveryGoalRated() {
    Assignment a = Assignment.assigned(1, 9, MENTEE, 51, 151, START, "hr");
    assertThrows(InvalidInputException.class, () -> a.changeStatus(AssignmentStatus.ENDED_EARLY, " ", START, "mentor"));
    a.agree(List.of(new Goal(100, 3, START.plusMonths(3), 2)), "Membaca regulasi", true);
    a.sign(true);
    assertThrows(ConflictException.class, () -> a.rateFinally(Map.of(100L, 3)));
    a.sign(false);
    assertThrows(ConflictException.class, () -> a.changeStatus(AssignmentStatus.COMPLETED, null, START.plusMonths(3), "mentor"));
    a.rateFinally(Map.of(100L, 3));
    a.changeStatus(AssignmentStatus.COMPLETED, null, START.plusMonths(3), "mentor");
    assertEquals(AssignmentStatus.COMPLETED, a.getStatus());
    assertEquals(3, a.getGoals().get(0).getFinalLevel());
    assertThrows(ConflictException.class, () -> a.changeStatus(AssignmentStatus.ACTIVE, null, START, "mentor"));
  }

  @Test
  void pauseAndResumeAndEndEarlyByEitherSide() {
    Assignment a = Assignment.assigned(1, 9, MENTEE, 51, 151, START, "hr");
    a.changeStatus(AssignmentStatus.PAUSED, null, START, "pegawai");
    assertThrows(ConflictException.class, () -> a.changeStatus(AssignmentStatus.PAUSED, null, START, "pegawai"));
    a.changeStatus(AssignmentStatus.ACTIVE, null, START, "mentor");
    a.changeStatus(AssignmentStatus.ENDED_EARLY, "Mutasi ke instansi lain", START.plusDays(20), "pegawai");
    assertEquals("Mutasi ke instansi lain", a.getEndReason());
    assertEquals(START.plusDays(20), a.getEndedOn());
  }

  @Test
  void theMentorNeverSetsTheMenteesSelfRatingAndAChangeNeedsBothSignaturesAgain() {
    Assignment a = Assignment.assigned(1, 9, MENTEE, 51, 151, START, "hr");
    a.agree(List.of(new Goal(100, 4, START.plusMonths(2), 2)), null, true);
    a.sign(true);
    a.sign(false);
    assertTrue(a.isSigned());
    a.agree(List.of(new Goal(100, 4, START.plusMonths(2), 5), new Goal(200, 3, START.plusMonths(2), 4)), "Rencana", false);
    assertEquals(2, a.getGoals().get(0).getSelfLevel());
    assertNull(a.getGoals().get(1).getSelfLevel());
    assertFalse(a.isSigned());
  }

  @Test
  void feedbackIsGivenOnceOnAMentoringThatTookPlace() {
    Assignment requested = request(51L);
    assertThrows(ConflictException.class, requested::markFeedbackGiven);
    Assignment a = Assignment.assigned(1, 9, MENTEE, 51, 151, START, "hr");
    a.markFeedbackGiven();
    assertThrows(ConflictException.class, a::markFeedbackGiven);
  }
}
