package id.bina.evaluation.domain.behaviour;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One competency of a re-assessment task: the participant's level when the class was recorded (null when
 * never validly assessed), and the assessor's level some months later with the assessment it became.
 */
@Embeddable
public class ReassessedCompetency {

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  @Column(name = "level_before")
  private Short levelBefore;

  @Column(name = "level_after")
  private Short levelAfter;

  @Column(name = "note")
  private String note;

  @Column(name = "assessment_id")
  private Long assessmentId;

  protected ReassessedCompetency() {}

  ReassessedCompetency(long competencyId, Integer levelBefore) {
    this.competencyId = competencyId;
    this.levelBefore = levelBefore == null ? null : levelBefore.shortValue();
  }

  void rate(int level, String note, long assessmentId) {
    this.levelAfter = (short) level;
    this.note = note;
    this.assessmentId = assessmentId;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public Integer getLevelBefore() {
    return levelBefore == null ? null : levelBefore.intValue();
  }

  public Integer getLevelAfter() {
    return levelAfter == null ? null : levelAfter.intValue();
  }

  public String getNote() {
    return note;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }
}
