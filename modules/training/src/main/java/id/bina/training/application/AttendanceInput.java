package id.bina.training.application;

import java.math.BigDecimal;
import java.util.List;

/** Attendance and post-test input. */
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

  public static class Score {
    public Long employeeId;
    public BigDecimal score;
  }
}
