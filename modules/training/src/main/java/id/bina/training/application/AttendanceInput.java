package id.bina.training.application;

import java.math.BigDecimal;
import java.util.List;

/** Attendance, pre-test and post-test input. */
public final class AttendanceInput {

  private AttendanceInput() {}

  /** The employees present at one session; everyone else confirmed is absent. */
  public static class Session {
    public List<Long> presentEmployeeIds;
  }

  /** Post-test scores (0-100) by employee. */
  public static class PostTest {
    public List<Score> scores;
  }

  /** Pre-test scores (0-100) by employee, taken before or at the start of the class (Kirkpatrick level 2). */
  public static class PreTest {
    public List<Score> scores;
  }

  /** One participant's score; null clears it. */
  public static class Score {
    public Long employeeId;
    public BigDecimal score;
  }
}
