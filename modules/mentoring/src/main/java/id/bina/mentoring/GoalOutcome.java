package id.bina.mentoring;

import java.time.LocalDate;

/**
 * One goal of a completed mentoring: the mentee's own rating at the start, the target and the level the
 * final assessment found; for the evaluation module.
 */
public record GoalOutcome(
    long assignmentId,
    long programmeId,
    long menteeId,
    long competencyId,
    int targetLevel,
    LocalDate dueOn,
    Integer selfLevel,
    Integer finalLevel,
    boolean reached) {}
