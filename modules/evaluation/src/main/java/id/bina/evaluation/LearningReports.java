package id.bina.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Kirkpatrick level 2 reports of the caller's agency, from the completed classes evaluation has recorded. A class,
 * course or unit of another agency (or a class not yet completed) is not found.
 */
public interface LearningReports {

  /**
   * Groups of participants of the classes whose last session falls in [from, to] (either open), optionally of one
   * course and of one unit's subtree (the unit they were in when the class completed). With {@code by = UNIT},
   * one group per unit directly below {@code unitId} (with its subtree) and one for the people placed in {@code
   * unitId} itself; without it, the agency's top units.
   */
  LearningReport groups(LearningReport.Grouping by, LocalDate from, LocalDate to, Long courseId, Long unitId);

  LearningReport.ClassReport ofClass(long classId);

  /** The class's participants with their scores and gains, by name. */
  List<LearningReport.Participant> participants(long classId);
}
