package id.bina.mentoring;

import java.time.LocalDate;

/**
 * One open assignment on HR's follow-up board: sessions held (logged) and confirmed against the programme's
 * expectation so far, open actions past their due date, and the stalled flag (no session for the configured
 * number of weeks). {@code version} is the assignment's, for pausing, resuming or ending it from the board.
 */
public record FollowUpView(
    long assignmentId,
    long programmeId,
    String programmeName,
    long menteeId,
    String menteeName,
    Long mentorEmployeeId,
    String mentorName,
    String status,
    LocalDate startsOn,
    long sessionsHeld,
    long sessionsConfirmed,
    int sessionsExpected,
    boolean behindTarget,
    long overdueActions,
    LocalDate lastSessionOn,
    boolean stalled,
    long version) {}
