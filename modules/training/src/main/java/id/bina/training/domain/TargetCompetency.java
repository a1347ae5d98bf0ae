package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A competency (of the competency module, by id) a course builds, and the level it builds to. */
@Embeddable
public class TargetCompetency {

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  @Column(name = "target_level", nullable = false)
  private int targetLevel;

  protected TargetCompetency() {}

  public TargetCompetency(long competencyId, int targetLevel) {
    this.competencyId = competencyId;
    this.targetLevel = targetLevel;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public int getTargetLevel() {
    return targetLevel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetCompetency other && java.util.Objects.equals(competencyId, other.competencyId) && java.util.Objects.equals(targetLevel, other.targetLevel);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(competencyId, targetLevel);
  }

  @Override
  public String toString() {
    return competencyId + "/" + targetLevel;
  }
}
