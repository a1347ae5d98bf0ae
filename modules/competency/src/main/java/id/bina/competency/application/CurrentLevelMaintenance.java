package id.bina.competency.application;

import id.bina.platform.DatabaseReady;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings current levels up to date at start-up (a changed validity setting rebuilds them) and every hour
 * promotes the next valid assessment where the winning one has expired: the hour matters because agencies
 * in WIB, WITA and WIT reach a new day at different hours. Until then, reports already treat an expired
 * level as not assessed. Then it sweeps the unit gap report's kept summaries back in step (see {@link GapSummaries}).
 */
@Singleton
public class CurrentLevelMaintenance {

  private static final Logger LOG = Logger.getLogger(CurrentLevelMaintenance.class.getName());

  @Inject CurrentLevels currentLevels;

  @Inject GapSummaries gapSummaries;

  public void onStart(@Observes DatabaseReady ready) {
    currentLevels.rebuildIfStale();
    currentLevels.expire();
    sweepGapSummaries();
  }

  /**
   * No transaction around the whole: the expiry commits, then each chunk of the sweep in its own (short) one, so
   * recording an assessment never waits long for a summary row the sweep holds.
   */
  @Schedule(hour = "*", minute = "5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void hourly() {
    int changed = currentLevels.expire();
    if (changed > 0) {
      LOG.info(() -> changed + " expired current competency levels replaced or removed");
    }
    sweepGapSummaries();
  }

  /** Recomputes the gap summaries that no longer match, agency by agency, a chunk per transaction. */
  void sweepGapSummaries() {
    int refreshed = 0;
    for (long agency : gapSummaries.agencies()) {
      List<Long> stale = gapSummaries.stale(agency);
      for (int from = 0; from < stale.size(); from += GapSummaries.CHUNK) {
        refreshed += gapSummaries.refresh(agency, stale.subList(from, Math.min(stale.size(), from + GapSummaries.CHUNK)));
      }
    }
    if (refreshed > 0) {
      int n = refreshed;
      LOG.info(() -> n + " gap summaries recomputed");
    }
  }
}
