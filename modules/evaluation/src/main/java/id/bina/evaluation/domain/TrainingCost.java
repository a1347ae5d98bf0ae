package id.bina.evaluation.domain;

/**
 * What a group of completed classes cost and delivered: {@code totalCost} is each class's cost per participant ×
 * its confirmed participants (a seat is paid whether or not its holder completes), {@code jpDelivered} the
 * course's JP × the participants who completed (what was credited to someone's 20 JP). Cost per JP and per
 * competency level gained are null when nothing was delivered or gained.
 */
public record TrainingCost(long totalCost, long jpDelivered) {

  public Double perJp() {
    return jpDelivered == 0 ? null : (double) totalCost / jpDelivered;
  }

  public Double perLevelGained(Long levelsGained) {
    return levelsGained == null || levelsGained == 0 ? null : (double) totalCost / levelsGained;
  }
}
