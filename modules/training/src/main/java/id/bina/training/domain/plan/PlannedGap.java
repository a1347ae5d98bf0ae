package id.bina.training.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A competency gap chosen to work on, with the levels seen when it was chosen and the level aimed at. */
@Embeddable
public class PlannedGap {

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  /** Null when never validly assessed. */
  @Column(name = "current_level")
  private Integer currentLevel;

  @Column(name = "required_level", nullable = false)
  private int requiredLevel;

  @Column(name = "target_level", nullable = false)
  private int targetLevel;

  protected PlannedGap() {}

  public PlannedGap(long competencyId, Integer currentLevel, int requiredLevel, int targetLevel) {
    this.competencyId = competencyId;
    this.currentLevel = currentLevel;
    this.requiredLevel = requiredLevel;
    this.targetLevel = targetLevel;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public Integer getCurrentLevel() {
    return currentLevel;
  }

  public int getRequiredLevel() {
    return requiredLevel;
  }

  public int getTargetLevel() {
    return targetLevel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlannedGap g
        && g.competencyId == competencyId
        && Objects.equals(g.currentLevel, currentLevel)
        && g.requiredLevel == requiredLevel
        && g.targetLevel == targetLevel;
  }

  @Override
  public int hashCode() {
    return Objects.hash(competencyId, currentLevel, requiredLevel, targetLevel);
  }
}
