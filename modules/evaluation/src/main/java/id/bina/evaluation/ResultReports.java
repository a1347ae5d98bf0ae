package id.bina.evaluation;

import java.time.LocalDate;

/**
 * Kirkpatrick level 4 reports and the benefit estimates behind the ROI, for the caller's agency. A class or
 * course of another agency, or one without a completed class, is not found.
 */
public interface ResultReports {

  /**
   * The participants of the completed classes selected by class, course and the period of their last session
   * (any may be null; none: every completed class). The ROI estimate is given for exactly one class, or one
   * course without a period, when HR has estimated its benefits.
   */
  ResultReport report(Long classId, Long courseId, LocalDate from, LocalDate to);

  /** What a benefit estimate is about. */
  enum Subject {
    CLASS,
    COURSE
  }

  BenefitEstimateView benefit(Subject subject, long id);

  /** Enters or replaces the estimate; {@code version} is the one last read (0 when there was none). */
  BenefitEstimateView estimateBenefit(Subject subject, long id, long version, BenefitEstimateInput input);
}
