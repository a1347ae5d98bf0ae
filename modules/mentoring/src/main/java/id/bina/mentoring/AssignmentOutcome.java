package id.bina.mentoring;

import java.time.LocalDate;

/**
 * A mentoring that started (active, paused, completed or ended early), for the evaluation module: its
 * period ({@code endedOn} null while it runs), sessions logged and confirmed, and the sessions its programme
 * planned for that period (the monthly target for every month begun, at most for the programme's duration).
 */
public record AssignmentOutcome(
    long assignmentId,
    long programmeId,
    long menteeId,
    String status,
    LocalDate startsOn,
    LocalDate endedOn,
    long sessionsHeld,
    long sessionsConfirmed,
    int sessionsPlanned) {}
