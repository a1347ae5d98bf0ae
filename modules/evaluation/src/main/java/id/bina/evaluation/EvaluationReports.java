package id.bina.evaluation;

import java.time.LocalDate;

/**
 * The evaluation report of a class, a course or a period, across the Kirkpatrick levels, laid out as evaluation
 * reports are written: introduction (background, aims, method), programme description, measured results,
 * analysis, conclusions and recommendations. HR managers of the agency only; another agency's class or course is
 * not found. Every figure is the same as in the level reports it comes from (n shown, small groups suppressed).
 */
public interface EvaluationReports {

  /** The report as a document; the scope is a class, a course (optionally in a period) or a period of last sessions. */
  ReportDocument document(Long classId, Long courseId, LocalDate from, LocalDate to);

  /** The document as an A4 PDF. */
  byte[] pdf(Long classId, Long courseId, LocalDate from, LocalDate to);

  /** Every table of the document, a sheet each, as an xlsx workbook. */
  byte[] workbook(Long classId, Long courseId, LocalDate from, LocalDate to);

  /** The document's chart number {@code index} (counted through the document from 0) as a PNG. */
  byte[] chartPng(Long classId, Long courseId, LocalDate from, LocalDate to, int index);
}
