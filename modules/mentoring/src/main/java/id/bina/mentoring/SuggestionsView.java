package id.bina.mentoring;

import java.util.List;

/**
 * Mentors suggested for a mentee in a programme, best first, each with the parts of its score (gap coverage
 * up to 70 points, free capacity up to 30), and the pool members left out with the reason.
 */
public record SuggestionsView(long programmeId, long menteeId, List<Gap> menteeGaps, List<Suggestion> suggestions, List<Excluded> excluded) {

  /** One of the mentee's largest gaps the score weighs. */
  public record Gap(long competencyId, String code, int gap) {}

  public record Suggestion(
      long mentorId,
      long employeeId,
      String name,
      long unitId,
      double score,
      double coverage,
      double coveragePoints,
      double capacityPoints,
      int capacityLeft,
      List<Long> coveredCompetencyIds) {}

  /** reason: MENTEE_THEMSELF, DIRECT_SUPERVISOR, REPORTING_LINE, UNIT_RULE or FULL. */
  public record Excluded(long mentorId, long employeeId, String name, String reason) {}
}
