package id.bina.mentoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A goal of the mentoring agreement: reach {@code targetLevel} in a competency by {@code dueOn}. The mentee
 * rates themselves on it at the start ({@code selfLevel}); the final assessment re-rates it at the end
 * ({@code finalLevel}), so progress is measured, not asserted.
 */
@Embeddable
public class Goal {

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  @Column(name = "target_level", nullable = false)
  private short targetLevel;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "self_level")
  private Short selfLevel;

  @Column(name = "final_level")
  private Short finalLevel;

  protected Goal() {}

  public Goal(long competencyId, int targetLevel, LocalDate dueOn, Integer selfLevel) {
    this.competencyId = competencyId;
    this.targetLevel = (short) targetLevel;
    this.dueOn = dueOn;
    this.selfLevel = selfLevel == null ? null : selfLevel.shortValue();
  }

  void rateFinally(int level) {
    this.finalLevel = (short) level;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public int getTargetLevel() {
    return targetLevel;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Integer getSelfLevel() {
    return selfLevel == null ? null : selfLevel.intValue();
  }

  public Integer getFinalLevel() {
    return finalLevel == null ? null : finalLevel.intValue();
  }

  /** Same goal, same self-rating: what the mentor may resend without touching the mentee's own rating. */
  boolean sameSelfLevel(Goal other) {
    return java.util.Objects.equals(getSelfLevel(), other.getSelfLevel());
  }
}
