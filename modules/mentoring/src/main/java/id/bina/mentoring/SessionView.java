package id.bina.mentoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A logged session as the caller may see it: the mentor sees everything; the mentee everything but the
 * private notes; HR only the date, the duration and whether it was confirmed (every content field null).
 */
public record SessionView(
    long id,
    long assignmentId,
    LocalDate date,
    int durationMinutes,
    String mode,
    String topics,
    List<Long> competencyIds,
    String sharedSummary,
    String privateNotes,
    List<Action> actions,
    boolean confirmed,
    OffsetDateTime confirmedAt,
    long version) {

  public record Action(String text, LocalDate dueOn, String status) {}
}
