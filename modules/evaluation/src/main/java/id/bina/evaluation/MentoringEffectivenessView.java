package id.bina.evaluation;

import id.bina.mentoring.FeedbackAggregate;

/**
 * How well one mentoring programme works: goals of completed mentorings reached, sessions held against the
 * programme's plan, the mentees' feedback (only from 5 answers, as the mentoring module gives it), and the
 * mentees' change in their goal competencies over their mentoring compared with people who were not mentored.
 */
public record MentoringEffectivenessView(
    long programmeId,
    String programmeName,
    int minimumGroup,
    long assignments,
    long completedAssignments,
    Estimate goalsReached,
    Sessions sessions,
    FeedbackAggregate feedback,
    CompetencyChange competencyChange) {

  /**
   * Over the mentorings that started ({@code assignments}): sessions logged, confirmed and planned, and the
   * mean per mentoring of sessions held per session planned.
   */
  public record Sessions(long assignments, long held, long confirmed, long planned, Estimate heldPerPlanned) {}

  /**
   * Level change (level at the end minus level at the start, from the assessment history) in each goal
   * competency of a completed mentoring ({@code mentees}, n = goals with both levels known), the same over
   * comparable people never mentored ({@code comparison}: same kind of position now, same competency, same
   * period; pooled over {@code comparisonGroups} such groups), and the difference mentees − comparison with
   * Welch's interval.
   */
  public record CompetencyChange(Estimate mentees, Estimate comparison, Estimate difference, long comparisonGroups) {}
}
