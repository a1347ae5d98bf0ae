package id.bina.evaluation.application.behaviour;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired inside evaluation, synchronously in the transaction that starts a class's follow-up, exactly once per
 * class: the re-assessment tasks exist by then. THE HOOK FOR THE PARTICIPANT'S FOLLOW-UP QUESTIONNAIRE: the
 * level-1 questionnaires (kind FOLLOW_UP) observe this event to invite {@code participantEmployeeIds} (the
 * participants who completed the class).
 */
public record FollowUpDue(long agencyId, long classId, LocalDate dueOn, List<Long> participantEmployeeIds) {}
