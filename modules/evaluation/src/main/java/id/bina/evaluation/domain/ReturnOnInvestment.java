package id.bina.evaluation.domain;

/**
 * Phillips level 5 from an estimated benefit and the training's cost: benefit-cost ratio = benefits / costs, ROI %
 * = (benefits − costs) / costs × 100. Undefined (null) when nothing was spent. Estimates, since the benefits are.
 */
public record ReturnOnInvestment(long benefits, long costs) {

  public Double benefitCostRatio() {
    return costs == 0 ? null : (double) benefits / costs;
  }

  public Double roiPercent() {
    return costs == 0 ? null : (double) (benefits - costs) / costs * 100;
  }
}
