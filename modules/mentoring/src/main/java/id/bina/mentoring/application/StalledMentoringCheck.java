package id.bina.mentoring.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Hourly: tells HR managers of mentorings that stalled (agencies in WIB, WITA and WIT reach a new day at
 * different hours). Each stall is told once, however often this runs.
 */
@Singleton
public class StalledMentoringCheck {

  private static final Logger LOG = Logger.getLogger(StalledMentoringCheck.class.getName());

  @Inject StallNotices notices;

  @Schedule(hour = "*", minute = "45", persistent = false)
  public void hourly() {
    int told = notices.notifyStalled();
    if (told > 0) {
      LOG.info(() -> told + " stalled mentorings reported to HR");
    }
  }
}
