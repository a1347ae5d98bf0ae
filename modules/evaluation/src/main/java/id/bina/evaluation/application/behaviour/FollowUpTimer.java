package id.bina.evaluation.application.behaviour;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every hour, starts the behaviour follow-ups that fell due: agencies in WIB, WITA and WIT reach a new day at
 * different hours. Reading re-assessment tasks starts the caller's agency's due follow-ups too, so the hour
 * is the longest anyone waits.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUpTimer {

  @Inject FollowUpStart followUps;

  @Schedule(hour = "*", minute = "35", persistent = false)
  public void hourly() {
    followUps.startDue(null);
  }
}
