package id.bina.training.domain.plan;

import id.bina.training.Modality;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A planned activity of an IDP: a class ({@code classId}, with its course), a course without a class yet,
 * mentoring, or a non-classical route; with its modality, planned JP and quarter, and optionally the chosen
 * gap's competency it works on.
 */
@Embeddable
public class PlannedActivity {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActivityKind kind;

  @Column(name = "competency_id")
  private Long competencyId;

  @Column(name = "class_id")
  private Long classId;

  @Column(name = "course_id")
  private Long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Modality modality;

  @Column(nullable = false)
  private String description;

  @Column(name = "planned_jp", nullable = false)
  private int plannedJp;

  @Column(name = "planned_quarter", nullable = false)
  private int plannedQuarter;

  protected PlannedActivity() {}

  public PlannedActivity(
      ActivityKind kind,
      Long competencyId,
      Long classId,
      Long courseId,
      Modality modality,
      String description,
      int plannedJp,
      int plannedQuarter) {
    this.kind = kind;
    this.competencyId = competencyId;
    this.classId = classId;
    this.courseId = courseId;
    this.modality = modality;
    this.description = description == null ? "" : description.trim();
    this.plannedJp = plannedJp;
    this.plannedQuarter = plannedQuarter;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public Long getCompetencyId() {
    return competencyId;
  }

  public Long getClassId() {
    return classId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Modality getModality() {
    return modality;
  }

  public String getDescription() {
    return description;
  }

  public int getPlannedJp() {
    return plannedJp;
  }

  public int getPlannedQuarter() {
    return plannedQuarter;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlannedActivity a
        && a.kind == kind
        && Objects.equals(a.competencyId, competencyId)
        && Objects.equals(a.classId, classId)
        && Objects.equals(a.courseId, courseId)
        && a.modality == modality
        && Objects.equals(a.description, description)
        && a.plannedJp == plannedJp
        && a.plannedQuarter == plannedQuarter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, competencyId, classId, courseId, modality, description, plannedJp, plannedQuarter);
  }
}
