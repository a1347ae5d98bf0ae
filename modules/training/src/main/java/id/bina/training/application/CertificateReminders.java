package id.bina.training.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Hourly: reminds holders of expiring certifications and their supervisors (agencies reach a new day at different hours). */
@Singleton
public class CertificateReminders {

  private static final Logger LOG = Logger.getLogger(CertificateReminders.class.getName());

  @Inject CertificateService certificates;

  @Schedule(hour = "*", minute = "25", persistent = false)
  public void hourly() {
    int reminded = certificates.remindExpiring();
    if (reminded > 0) {
      LOG.info(() -> reminded + " certificate expiry reminders sent");
    }
  }
}
