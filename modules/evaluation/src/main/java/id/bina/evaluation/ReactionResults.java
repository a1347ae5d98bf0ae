package id.bina.evaluation;

import java.time.LocalDate;

/**
 * Level-1 results for the agency's HR managers, aggregated in SQL. Two privacy rules apply to every figure: a
 * class's answers count only once its survey window has closed (so refreshing while answers arrive tells
 * nobody who answered what), and only when at least the smallest group shown (5) answered.
 */
public interface ReactionResults {

  /** Per item of the questionnaires used, and per group, for classes whose last session is in [from, to]. */
  ReactionReport report(ReactionReport.Grouping by, String kind, LocalDate from, LocalDate to, Long courseId);

  /** One class: its survey's response rate and window, and its results when shown; 404 for another agency's class. */
  ReactionReport.ClassResults ofClass(long classId, String kind);
}
