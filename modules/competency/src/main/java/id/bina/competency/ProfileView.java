package id.bina.competency;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee's competency profile and gap analysis: per competency the required level (from the position's
 * standard), the current level with the assessment it comes from, and the gap; the job-person match; and the
 * largest gaps first (at most seven, as development suggestions).
 */
public record ProfileView(
    long employeeId,
    String employeeName,
    Long positionId,
    String positionName,
    int assessmentValidYears,
    Double jobPersonMatch,
    List<Line> competencies,
    List<Line> prioritisedGaps,
    List<String> notAssessed) {

  public record Line(
      long competencyId,
      String code,
      String category,
      String nameId,
      Integer requiredLevel,
      Integer currentLevel,
      Integer gap,
      Source source) {}

  /** Where the current level comes from. */
  public record Source(long assessmentId, String method, LocalDate assessedOn, String assessor, int revision) {}
}
