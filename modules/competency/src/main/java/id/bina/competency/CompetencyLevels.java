package id.bina.competency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Levels of many people at once, for evaluation: their current levels, and their levels on two days read
 * from the assessment history, each computed in one query. No caller is needed (event observers and
 * scheduled work call it); the agency is given and every row is scoped to it. A level is always the winner
 * of the precedence rule ({@link AssessmentMethod}: the heaviest method among assessments still valid on
 * that day, then the latest).
 */
public interface CompetencyLevels {

  /** A person's current level in a competency and the day of the assessment it comes from. */
  record CurrentLevel(long employeeId, long competencyId, int level, LocalDate assessedOn) {}

  /**
   * Current levels of the given employees in the given competencies of the agency; pairs without a valid
   * assessment are left out.
   */
  List<CurrentLevel> current(long agencyId, Collection<Long> employeeIds, Collection<Long> competencyIds);

  /** One person, one competency, two days. */
  record Span(long employeeId, long competencyId, LocalDate from, LocalDate to) {}

  /** The levels of a span on its two days; null where no assessment was valid that day. */
  record SpanLevels(Span span, Integer levelFrom, Integer levelTo) {

    /** Level on the second day minus level on the first; null unless both are known. */
    public Integer change() {
      return levelFrom == null || levelTo == null ? null : levelTo - levelFrom;
    }
  }

  /** The levels of each span (in the order given), as the assessment history stood on each of its days. */
  List<SpanLevels> levelsOver(long agencyId, List<Span> spans);

  /**
   * A comparison group: the agency's active employees whose position is now of the given kind (the
   * {@code position_kind} of the platform's employee directory: a position class, or FUNCTIONAL:grade), in
   * one competency over a period.
   */
  record Cohort(String positionKind, long competencyId, LocalDate from, LocalDate to) {}

  /**
   * Aggregate change of a cohort over its period: of its people with a level on both days, how many
   * ({@code n}), the sum of their changes and the sum of the squared changes (what a mean and its interval
   * need).
   */
  record CohortChange(Cohort cohort, long n, long sum, long sumOfSquares) {}

  /** Each cohort's change (in the order given), leaving out {@code excludedEmployeeIds}; one query. */
  List<CohortChange> cohortChanges(long agencyId, List<Cohort> cohorts, Collection<Long> excludedEmployeeIds);
}
