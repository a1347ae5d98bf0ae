package id.bina.evaluation.application.report;

import id.bina.evaluation.ReportDocument;
import java.time.LocalDate;
import java.util.List;

/**
 * What level 1 (reaction surveys) contributes to the evaluation report: the blocks of its part of the measured
 * results and the findings the analysis and the recommendations draw on. Implemented by the reaction part of
 * evaluation; without an implementation the report says no survey results are available.
 */
public interface ReactionFindings {

  /** Tables and charts of the reaction results of the scope (already suppressed below the minimum group). */
  List<ReportDocument.Block> results(Long classId, Long courseId, LocalDate from, LocalDate to);

  /** Sentences of analysis, e.g. the lowest-rated items with their intervals. */
  List<String> analysis(Long classId, Long courseId, LocalDate from, LocalDate to);

  /** Recommendations, e.g. to look at an item rated low. */
  List<String> recommendations(Long classId, Long courseId, LocalDate from, LocalDate to);
}
