package id.bina.mentoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionAndFollowUpTest {

  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

  private static MentoringSession logged(LocalDate on) {
    MentoringSession s = new MentoringSession(1, 9, 151, 1);
    s.record(on, 60, SessionMode.ONLINE, "Regulasi", Set.of(100L), "Ringkasan", "Catatan", List.of(), START, TODAY);
    return s;
  }

  @Test
  void aSessionIsDatedBetweenTheAssignmentsStartAndToday() {
    InvalidInputException before = assertThrows(InvalidInputException.class, () -> logged(START.minusDays(1)));
    assertEquals("date", before.errors().get(0).field());
    assertThrows(InvalidInputException.class, () -> logged(TODAY.plusDays(1)));
    assertEquals(START, logged(START).getHeldOn());
  }

  @Test
  void aConfirmedSessionKeepsItsDateAndDurationButNotItsTexts() {
    MentoringSession s = logged(TODAY);
    s.confirm();
    assertThrows(ConflictException.class, s::confirm);
    assertThrows(
        ConflictException.class,
        () -> s.record(TODAY, 90, SessionMode.ONLINE, null, null, null, null, null, START, TODAY));
    s.record(TODAY, 60, SessionMode.IN_PERSON, null, null, "Ringkasan baru", null, null, START, TODAY);
    assertEquals("Ringkasan baru", s.getSharedSummary());
  }

  @Test
  void openActionsPastTheirDueDateAreOverdue() {
    assertTrue(new AgreedAction("Baca PP 11/2017", TODAY.minusDays(1), null).isOverdue(TODAY));
    assertFalse(new AgreedAction("Baca PP 11/2017", TODAY.minusDays(1), ActionStatus.DONE).isOverdue(TODAY));
    assertFalse(new AgreedAction("Baca PP 11/2017", TODAY, ActionStatus.OPEN).isOverdue(TODAY));
  }

  @Test
  void expectedSessionsCountEveryMonthBegunUpToTheDuration() {
    assertEquals(2, FollowUpRules.expectedSessions(START, START, 2, 6));
    assertEquals(4, FollowUpRules.expectedSessions(START, TODAY, 2, 6)); // March and April begun
    assertEquals(6, FollowUpRules.expectedSessions(START, START.plusYears(1), 2, 3));
    assertEquals(0, FollowUpRules.expectedSessions(START, START.minusDays(1), 2, 3));
  }

  @Test
  void anAssignmentStallsAfterTheGivenWeeksWithoutASession() {
    assertFalse(FollowUpRules.stalled(TODAY.minusWeeks(4).plusDays(1), null, TODAY, 4));
    assertTrue(FollowUpRules.stalled(TODAY.minusWeeks(4), null, TODAY, 4));
    assertFalse(FollowUpRules.stalled(TODAY.minusWeeks(10), TODAY.minusWeeks(1), TODAY, 4));
    assertTrue(FollowUpRules.stalled(TODAY.minusWeeks(10), TODAY.minusWeeks(5), TODAY, 4));
  }

  @Test
  void nobodyApprovesThemselvesIntoThePool() {
    Mentor mentor = new Mentor(1, 151, List.of(100L), 3, "Selasa sore", "mentor");
    assertThrows(AccessDeniedException.class, () -> mentor.approve(151, "mentor"));
    mentor.approve(7, "hr");
    assertTrue(mentor.isApproved());
    assertThrows(ConflictException.class, () -> mentor.approve(7, "hr"));
    mentor.offer(List.of(100L), 5, null);
    assertTrue(mentor.isApproved());
    mentor.offer(List.of(100L, 200L), 5, null);
    assertFalse(mentor.isApproved());
  }

  @Test
  void aWithdrawnMentorLeavesThePoolUntilTheyOfferAgainAndHrApprovesAgain() {
    Mentor mentor = new Mentor(1, 151, List.of(100L), 3, null, "mentor");
    mentor.approve(7, "hr");
    mentor.withdraw("hr", "  pindah tugas ");
    assertEquals(MentorStatus.WITHDRAWN, mentor.getStatus());
    assertEquals("pindah tugas", mentor.getWithdrawalReason());
    assertThrows(ConflictException.class, () -> mentor.withdraw("hr", null));
    assertThrows(ConflictException.class, () -> mentor.approve(7, "hr"), "only an application is approved");
    mentor.offer(List.of(100L), 3, null);
    assertEquals(MentorStatus.APPLIED, mentor.getStatus());
    assertNull(mentor.getWithdrawnBy());
    mentor.approve(7, "hr");
    assertTrue(mentor.isApproved());
  }

  @Test
  void feedbackAnswersFiveQuestionsOnTheLikertScale() {
    assertThrows(InvalidInputException.class, () -> new Feedback(1, 9, 51, List.of(5, 5, 5, 5)));
    assertThrows(InvalidInputException.class, () -> new Feedback(1, 9, 51, List.of(5, 5, 5, 5, 6)));
    new Feedback(1, 9, 51, List.of(1, 2, 3, 4, 5));
  }
}
