package id.bina.mentoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks mentors for a mentee. Excluded first: the mentee themself, their direct supervisor and everyone
 * above in their reporting line (no mentoring by one's own superiors), mentors whose unit breaks the
 * programme's unit rule, and mentors with no place left. The others score 0-100:
 *
 * <ul>
 *   <li>gap coverage, up to 70 points: the share of the mentee's gap (the sum of their largest gaps, in
 *       levels) that falls in competencies the mentor offers; a mentee without gaps gives everyone 0;
 *   <li>capacity, up to 30 points: the share of the mentor's places still free.
 * </ul>
 *
 * Ties go to the larger coverage, then to the lower employee id (stable answers).
 */
public final class Matching {

  public static final double COVERAGE_POINTS = 70;
  public static final double CAPACITY_POINTS = 30;

  private Matching() {}

  public record Gap(long competencyId, int gap) {}

  public record Mentee(long employeeId, long unitId, Long supervisorId, Set<Long> reportingLine) {}

  public record Candidate(long mentorId, long employeeId, long unitId, Set<Long> competencies, int maxMentees, int activeMentees) {
    int capacityLeft() {
      return Math.max(0, maxMentees - activeMentees);
    }
  }

  /** Why a candidate ranks where it does. */
  public record Suggestion(
      Candidate candidate, double score, double coverage, double coveragePoints, double capacityPoints, int capacityLeft,
      List<Long> coveredCompetencies) {}

  public enum Reason {
    MENTEE_THEMSELF,
    DIRECT_SUPERVISOR,
    REPORTING_LINE,
    UNIT_RULE,
    FULL
  }

  public record Exclusion(Candidate candidate, Reason reason) {}

  public record Result(List<Suggestion> suggestions, List<Exclusion> excluded) {}

  public static Result rank(Mentee mentee, List<Gap> gaps, List<Candidate> candidates, UnitRule rule) {
    List<Suggestion> suggestions = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    int totalGap = gaps.stream().mapToInt(g -> Math.max(0, g.gap())).sum();
    for (Candidate c : candidates) {
      Reason reason = exclusion(mentee, c, rule);
      if (reason != null) {
        excluded.add(new Exclusion(c, reason));
        continue;
      }
      List<Long> covered = new ArrayList<>();
      int coveredGap = 0;
      for (Gap gap : gaps) {
        if (gap.gap() > 0 && c.competencies().contains(gap.competencyId())) {
          covered.add(gap.competencyId());
          coveredGap += gap.gap();
        }
      }
      double coverage = totalGap == 0 ? 0 : (double) coveredGap / totalGap;
      double coveragePoints = round(COVERAGE_POINTS * coverage);
      double capacityPoints = round(CAPACITY_POINTS * c.capacityLeft() / c.maxMentees());
      suggestions.add(
          new Suggestion(c, round(coveragePoints + capacityPoints), Math.round(coverage * 100) / 100.0, coveragePoints, capacityPoints, c.capacityLeft(), covered));
    }
    suggestions.sort(
        Comparator.comparingDouble(Suggestion::score)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Suggestion::coverage).reversed())
            .thenComparingLong(s -> s.candidate().employeeId()));
    return new Result(suggestions, excluded);
  }

  private static Reason exclusion(Mentee mentee, Candidate c, UnitRule rule) {
    if (c.employeeId() == mentee.employeeId()) {
      return Reason.MENTEE_THEMSELF;
    }
    if (mentee.supervisorId() != null && c.employeeId() == mentee.supervisorId()) {
      return Reason.DIRECT_SUPERVISOR;
    }
    if (mentee.reportingLine().contains(c.employeeId())) {
      return Reason.REPORTING_LINE;
    }
    if (!rule.allows(c.unitId(), mentee.unitId())) {
      return Reason.UNIT_RULE;
    }
    if (c.capacityLeft() == 0) {
      return Reason.FULL;
    }
    return null;
  }

  /** The reason a direct assignment to this mentor is refused, if any (the same rules as the ranking). */
  public static Reason refusal(Mentee mentee, Candidate candidate, UnitRule rule) {
    return exclusion(mentee, candidate, rule);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
