package id.bina.mentoring;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/** HR's follow-up and what the evaluation module reads: feedback aggregates and goal outcomes. */
public interface MentoringFollowUp {

  /** Open assignments (active or paused) of the agency, stalled first; HR only. */
  Page<FollowUpView> board(Long programmeId, boolean stalledOnly, PageRequest page);

  /** The feedback aggregate of a mentor (pool id); HR, or the mentor about themself. */
  FeedbackAggregate feedback(long mentorId, Long programmeId);

  /** The feedback aggregate of a programme over all its mentors; HR only. */
  FeedbackAggregate programmeFeedback(long programmeId);

  /** Goals of the agency's completed assignments (of one programme, or all); HR only. */
  Page<GoalOutcome> goalOutcomes(Long programmeId, PageRequest page);

  /** Every mentoring of the agency that started (of one programme, or all), counted in one query; HR only. */
  java.util.List<AssignmentOutcome> assignmentOutcomes(Long programmeId);
}
