package id.bina.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The level a position requires in one competency. */
@Embeddable
public class StandardEntry {

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  @Column(name = "required_level", nullable = false)
  private short requiredLevel;

  protected StandardEntry() {}

  public StandardEntry(long competencyId, int requiredLevel) {
    if (requiredLevel < ProficiencyLevel.LOWEST || requiredLevel > ProficiencyLevel.HIGHEST) {
      throw new IllegalArgumentException("a required level is 1 to 5");
    }
    this.competencyId = competencyId;
    this.requiredLevel = (short) requiredLevel;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public int getRequiredLevel() {
    return requiredLevel;
  }
}
