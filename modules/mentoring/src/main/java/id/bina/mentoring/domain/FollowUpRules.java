package id.bina.mentoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What HR's follow-up board measures an assignment against. */
public final class FollowUpRules {

  private FollowUpRules() {}

  /**
   * Sessions the programme expects by {@code today}: its monthly target for every month begun since the
   * start (the month in progress counts), at most for the programme's duration.
   */
  public static int expectedSessions(LocalDate start, LocalDate today, int perMonth, int durationMonths) {
    if (today.isBefore(start)) {
      return 0;
    }
    long months = Math.min(durationMonths, ChronoUnit.MONTHS.between(start, today) + 1);
    return (int) months * perMonth;
  }

  /**
   * Stalled: no session for {@code weeks} weeks or more; an assignment without any session counts from its
   * start.
   */
  public static boolean stalled(LocalDate start, LocalDate lastSession, LocalDate today, int weeks) {
    LocalDate since = lastSession == null || lastSession.isBefore(start) ? start : lastSession;
    return !since.isAfter(today.minusWeeks(weeks));
  }
}
