package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A competency level a participant must already hold; enforced when enrolment arrives. */
@Embeddable
public class CompetencyPrerequisite {

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  @Column(name = "min_level", nullable = false)
  private int minLevel;

  protected CompetencyPrerequisite() {}

  public CompetencyPrerequisite(long competencyId, int minLevel) {
    this.competencyId = competencyId;
    this.minLevel = minLevel;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public int getMinLevel() {
    return minLevel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetencyPrerequisite other && java.util.Objects.equals(competencyId, other.competencyId) && java.util.Objects.equals(minLevel, other.minLevel);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(competencyId, minLevel);
  }

  @Override
  public String toString() {
    return competencyId + "/" + minLevel;
  }
}
