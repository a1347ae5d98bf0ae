package id.bina.evaluation.domain.behaviour;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's re-assessment some months after a class (Kirkpatrick level 3): their direct supervisor
 * (or, without one, any HR manager of the agency) rates each competency the course targeted. Created when the
 * follow-up falls due, by SQL in bulk; completed once, with a level for every competency, never by the
 * participant themselves.
 */
@Entity
@Table(name = "reassessment_task", schema = "evaluation")
public class ReassessmentTask {

  @Id private long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "class_id", nullable = false, updatable = false)
  private long classId;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private long employeeId;

  @Column(name = "assessor_employee_id", updatable = false)
  private Long assessorEmployeeId;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "completed_by")
  private String completedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reassessment_task_competency", schema = "evaluation", joinColumns = @JoinColumn(name = "task_id"))
  private List<ReassessedCompetency> competencies = new ArrayList<>();

  @Version private long version;

  protected ReassessmentTask() {}

  /** Whether the employee may complete this task: its assessor, or any HR manager for a task without one. */
  public boolean isFor(long employee, boolean hrManager) {
    if (employee == employeeId) {
      return false;
    }
    return assessorEmployeeId == null ? hrManager : assessorEmployeeId == employee;
  }

  /**
   * Checks the ratings before anything is recorded: the task is open, the caller is not its participant, and
   * there is exactly one level 1-5 for each of its competencies.
   */
  public void checkCompletion(long byEmployee, List<Rating> ratings) {
    if (byEmployee == employeeId) {
      throw new AccessDeniedException("Nobody re-assesses themselves");
    }
    if (status != TaskStatus.OPEN) {
      throw new ConflictException("This re-assessment was completed already");
    }
    Map<Long, Rating> byCompetency = new HashMap<>();
    for (Rating r : ratings) {
      if (byCompetency.put(r.competencyId(), r) != null) {
        throw new InvalidInputException("ratings", "competency " + r.competencyId() + " is rated twice");
      }
      if (r.level() < 1 || r.level() > 5) {
        throw new InvalidInputException("ratings", "a level is from 1 to 5");
      }
    }
    for (ReassessedCompetency c : competencies) {
      if (!byCompetency.containsKey(c.getCompetencyId())) {
        throw new InvalidInputException("ratings", "every competency of the task needs a level: " + c.getCompetencyId() + " is missing");
      }
    }
    if (byCompetency.size() != competencies.size()) {
      throw new InvalidInputException("ratings", "only the competencies of the task are rated");
    }
  }

  /** Stores the levels after, with the assessment each became; call after {@link #checkCompletion}. */
  public void complete(List<Rating> ratings, Map<Long, Long> assessmentIds, String by, OffsetDateTime at) {
    Map<Long, Rating> byCompetency = new HashMap<>();
    ratings.forEach(r -> byCompetency.put(r.competencyId(), r));
    for (ReassessedCompetency c : competencies) {
      Rating r = byCompetency.get(c.getCompetencyId());
      c.rate(r.level(), r.note() == null || r.note().isBlank() ? null : r.note().strip(), assessmentIds.get(c.getCompetencyId()));
    }
    status = TaskStatus.COMPLETED;
    completedAt = at;
    completedBy = by;
  }

  /** Open past its deadline: {@code days} after the follow-up date. */
  public boolean isOverdue(LocalDate today, int days) {
    return status == TaskStatus.OPEN && today.isAfter(dueOn.plusDays(days));
  }

  public long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getClassId() {
    return classId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public Long getAssessorEmployeeId() {
    return assessorEmployeeId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public List<ReassessedCompetency> getCompetencies() {
    return competencies.stream().sorted(Comparator.comparingLong(ReassessedCompetency::getCompetencyId)).toList();
  }

  public long getVersion() {
    return version;
  }
}
