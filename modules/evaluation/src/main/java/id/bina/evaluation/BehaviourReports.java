package id.bina.evaluation;

import java.time.LocalDate;

/** The level 3 (behaviour) report of the caller's agency; HR managers only. */
public interface BehaviourReports {

  /**
   * The report over the classes chosen by any of: a class, a course, a unit (its participants at completion,
   * with the units below), and a period of last-session dates ({@code from}, {@code to}, both inclusive).
   */
  BehaviourReport report(Long classId, Long courseId, Long unitId, LocalDate from, LocalDate to);
}
