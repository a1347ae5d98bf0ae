package id.bina.training.domain.plan;

import id.bina.platform.InvalidInputException.FieldError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A civil servant's individual development plan (IDP, rencana pengembangan individu) for one year: the gaps
 * chosen to work on and the planned activities. The employee writes and submits it; their direct supervisor
 * approves it or returns it with a reason. Nobody decides on their own plan.
 */
@Entity
@Table(name = "development_plan", schema = "training")
public class IndividualPlan {

  public static final int MAX_GAPS = 20;
  public static final int MAX_ACTIVITIES = 30;
  public static final int MAX_JP = 1000;

  @Id
  @SequenceGenerator(name = "development_plan_seq", sequenceName = "training.development_plan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_plan_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private long employeeId;

  @Column(name = "plan_year", nullable = false, updatable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status = PlanStatus.DRAFT;

  @Column(name = "submitted_to")
  private Long submittedTo;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "return_reason")
  private String returnReason;

  @ElementCollection
  @CollectionTable(name = "development_plan_gap", schema = "training", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "seq")
  private List<PlannedGap> gaps = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "development_plan_activity", schema = "training", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "seq")
  private List<PlannedActivity> activities = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected IndividualPlan() {}

  public static IndividualPlan draft(long agencyId, long employeeId, int year, String by) {
    IndividualPlan plan = new IndividualPlan();
    plan.agencyId = agencyId;
    plan.employeeId = employeeId;
    plan.year = year;
    plan.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    plan.createdBy = by;
    plan.touch(by);
    return plan;
  }

  /**
   * What is wrong with these gaps and activities, field by field: levels, duplicates, each kind of activity
   * with what it needs, JP and quarter, and activities that name a competency not among the chosen gaps.
   */
  public static List<FieldError> problems(List<PlannedGap> gaps, List<PlannedActivity> activities) {
    List<FieldError> errors = new ArrayList<>();
    if (gaps.size() > MAX_GAPS) {
      errors.add(new FieldError(null, "gaps", "at most " + MAX_GAPS + " gaps"));
    }
    if (activities.size() > MAX_ACTIVITIES) {
      errors.add(new FieldError(null, "activities", "at most " + MAX_ACTIVITIES + " activities"));
    }
    Set<Long> chosen = new HashSet<>();
    for (int i = 0; i < gaps.size(); i++) {
      PlannedGap g = gaps.get(i);
      String at = "gaps[" + i + "]";
      if (!chosen.add(g.getCompetencyId())) {
        errors.add(new FieldError(null, at + ".competencyId", "chosen twice"));
      }
      if (g.getTargetLevel() < 1 || g.getTargetLevel() > 5) {
        errors.add(new FieldError(null, at + ".targetLevel", "must be a level from 1 to 5"));
      } else if (g.getCurrentLevel() != null && g.getTargetLevel() <= g.getCurrentLevel()) {
        errors.add(new FieldError(null, at + ".targetLevel", "must be above the current level " + g.getCurrentLevel()));
      }
    }
    for (int i = 0; i < activities.size(); i++) {
      PlannedActivity a = activities.get(i);
      String at = "activities[" + i + "]";
      if (a.getKind() == null) {
        errors.add(new FieldError(null, at + ".kind", "must be one of CLASS, COURSE, MENTORING, NON_CLASSICAL"));
        continue;
      }
      switch (a.getKind()) {
        case CLASS -> {
          if (a.getClassId() == null) {
            errors.add(new FieldError(null, at + ".classId", "a CLASS activity names the class"));
          }
        }
        case COURSE -> {
          if (a.getCourseId() == null) {
            errors.add(new FieldError(null, at + ".courseId", "a COURSE activity names the course"));
          }
          if (a.getClassId() != null) {
            errors.add(new FieldError(null, at + ".classId", "a COURSE activity has no class yet; use CLASS"));
          }
        }
        case MENTORING, NON_CLASSICAL -> {
          if (a.getClassId() != null || a.getCourseId() != null) {
            errors.add(new FieldError(null, at + ".kind", "a " + a.getKind() + " activity names no class or course"));
          }
          if (a.getDescription().isEmpty()) {
            errors.add(new FieldError(null, at + ".description", "say what is planned"));
          }
          if (a.getModality() == null || a.getModality().classical()) {
            errors.add(new FieldError(null, at + ".modality", "must be a non-classical modality"));
          }
        }
      }
      if (a.getModality() == null && a.getKind() != ActivityKind.MENTORING && a.getKind() != ActivityKind.NON_CLASSICAL) {
        errors.add(new FieldError(null, at + ".modality", "must be given"));
      }
      if (a.getDescription().length() > 500) {
        errors.add(new FieldError(null, at + ".description", "must be at most 500 characters"));
      }
      if (a.getPlannedJp() < 1 || a.getPlannedJp() > MAX_JP) {
        errors.add(new FieldError(null, at + ".plannedJp", "must be between 1 and " + MAX_JP + " JP"));
      }
      if (a.getPlannedQuarter() < 1 || a.getPlannedQuarter() > 4) {
        errors.add(new FieldError(null, at + ".plannedQuarter", "must be a quarter from 1 to 4"));
      }
      if (a.getCompetencyId() != null && !chosen.contains(a.getCompetencyId())) {
        errors.add(new FieldError(null, at + ".competencyId", "must be one of the plan's chosen gaps"));
      }
    }
    return errors;
  }

  /** Replaces the gaps and activities; only while the employee may still edit (draft or returned). */
  public void replace(List<PlannedGap> newGaps, List<PlannedActivity> newActivities, String by) {
    if (!status.editable()) {
      throw new IllegalStateException("a " + status + " plan is no longer edited");
    }
    List<FieldError> problems = problems(newGaps, newActivities);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid plan: " + problems);
    }
    // Rewritten only when changed: EclipseLink deletes and inserts a touched collection whole.
    if (!gaps.equals(newGaps)) {
      gaps.clear();
      gaps.addAll(newGaps);
    }
    if (!activities.equals(newActivities)) {
      activities.clear();
      activities.addAll(newActivities);
    }
    touch(by);
  }

  /** Submits the plan to the employee's direct supervisor (null: the agency's HR managers decide). */
  public void submit(Long supervisorId, String by) {
    if (!status.editable()) {
      throw new IllegalStateException("a " + status + " plan cannot be submitted");
    }
    if (gaps.isEmpty() || activities.isEmpty()) {
      throw new IllegalStateException("a plan needs at least one chosen gap and one activity before it is submitted");
    }
    status = PlanStatus.SUBMITTED;
    submittedTo = supervisorId;
    submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
    returnReason = null;
    decidedAt = null;
    decidedBy = null;
    touch(by);
  }

  /**
   * Approves the submitted plan.
   *
   * @param deciderEmployeeId the decider's employee record: never the plan's own employee
   */
  public void approve(long deciderEmployeeId, String by) {
    decide(deciderEmployeeId, by);
    status = PlanStatus.APPROVED;
  }

  /** Returns the submitted plan to the employee with a reason; they edit it and submit it again. */
  public void returnToEmployee(long deciderEmployeeId, String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a returned plan needs a reason");
    }
    decide(deciderEmployeeId, by);
    status = PlanStatus.RETURNED;
    returnReason = reason.trim();
  }

  private void decide(long deciderEmployeeId, String by) {
    if (deciderEmployeeId == employeeId) {
      throw new SelfDecisionException();
    }
    if (status != PlanStatus.SUBMITTED) {
      throw new IllegalStateException("only a submitted plan is decided; this one is " + status);
    }
    decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
    decidedBy = by;
    touch(by);
  }

  /** Nobody approves or returns their own plan. */
  public static class SelfDecisionException extends RuntimeException {
    public SelfDecisionException() {
      super("nobody decides on their own development plan");
    }
  }

  private void touch(String by) {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getYear() {
    return year;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public Long getSubmittedTo() {
    return submittedTo;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public List<PlannedGap> getGaps() {
    return List.copyOf(gaps);
  }

  public List<PlannedActivity> getActivities() {
    return List.copyOf(activities);
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
