package id.bina.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Reaction results of a scope: each item (mean with its interval, the distribution of answers 1–5 and n), and
 * each group (class, course, provider, trainer or period) with the mean of its responses' average scores.
 * Only classes whose survey has closed with at least {@code minimumGroup} responses count.
 */
public record ReactionReport(
    Grouping by, String kind, LocalDate from, LocalDate to, Long courseId, int minimumGroup, long classesShown,
    long classesWithheld, long responses, List<ItemResult> items, List<Group> groups) {

  public enum Grouping {
    CLASS, COURSE, PROVIDER, TRAINER, YEAR, QUARTER, MONTH
  }

  /** One Likert item of a questionnaire over the scope; distribution[i] counts the answers i+1. */
  public record ItemResult(
      long questionnaireId, int position, String section, String text, Estimate mean, long[] distribution) {}

  /**
   * A group: score is the mean over its responses of each response's average Likert answer (for a trainer:
   * of the TRAINER-section items of the classes they taught), with its interval; distribution counts those
   * Likert answers.
   */
  public record Group(String key, String label, long classes, long responses, Estimate score, long[] distribution) {}

  /** A class's survey: its response rate always; items and comments only when shown. */
  public record ClassResults(
      long classId, String className, String courseTitle, String kind, LocalDate opensOn, LocalDate closesOn,
      boolean closed, long invited, long answered, boolean shown, String withheldBecause, List<ItemResult> items,
      List<String> comments) {}
}
