package id.bina.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Kirkpatrick level 3 over the classes chosen (one class, one course, the participants of a unit's subtree,
 * classes whose last session falls in a period; all of the agency when nothing is chosen): per targeted
 * competency, the mean level before training and as the assessor saw it months later, the mean change with a
 * paired interval and the share whose level rose. Only pairs with both levels count ({@code pairs});
 * {@code notAssessedBefore} are the re-assessed without a level before. Figures of fewer than
 * {@code minimumGroup} pairs are suppressed. {@code tasks} counts the re-assessment tasks behind the report.
 */
public record BehaviourReport(
    Long classId,
    Long courseId,
    Long unitId,
    LocalDate from,
    LocalDate to,
    int minimumGroup,
    Tasks tasks,
    List<CompetencyChange> competencies) {

  /** Re-assessment tasks: completed, still open, and open past their deadline (overdue, counted in open). */
  public record Tasks(long completed, long open, long overdue) {}

  public record CompetencyChange(
      long competencyId,
      String code,
      String name,
      long pairs,
      long notAssessedBefore,
      Estimate before,
      Estimate after,
      Estimate change,
      Estimate rose) {}
}
