package id.bina.mentoring;

import java.util.List;

/**
 * Mentees' feedback on one mentor (in one programme, or all when {@code programmeId} is null), or on a whole
 * programme whatever the mentor ({@code mentorId} null). Shown only
 * from the configured minimum of answers (default 5): below it {@code available} is false and neither the
 * count nor the averages are given.
 */
public record FeedbackAggregate(
    Long mentorId, Long programmeId, boolean available, Long responses, List<Question> questions) {

  /** A question and its average answer (1-5); the average is null when not available. */
  public record Question(String text, Double average) {}
}
