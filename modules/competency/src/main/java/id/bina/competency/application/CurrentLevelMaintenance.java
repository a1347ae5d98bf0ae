package id.bina.competency.application;

import id.bina.platform.DatabaseReady;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Brings current levels up to date at start-up (a changed validity setting rebuilds them) and every hour
 * promotes the next valid assessment where the winning one has expired: the hour matters because agencies
 * in WIB, WITA and WIT reach a new day at different hours. Until then, reports already treat an expired
 * level as not assessed.
 */
@Singleton
public class CurrentLevelMaintenance {

  private static final Logger LOG = Logger.getLogger(CurrentLevelMaintenance.class.getName());

  @Inject CurrentLevels currentLevels;

  public void onStart(@Observes DatabaseReady ready) {
    currentLevels.rebuildIfStale();
    currentLevels.expire();
  }

  @Schedule(hour = "*", minute = "5", persistent = false)
  public void hourly() {
    int changed = currentLevels.expire();
    if (changed > 0) {
      LOG.info(() -> changed + " expired current competency levels replaced or removed");
    }
  }
}
