package id.bina.evaluation.application.behaviour;

import id.bina.competency.Competencies;
import id.bina.competency.CompetencyProfiles;
import id.bina.evaluation.ReassessmentInput;
import id.bina.evaluation.ReassessmentTaskView;
import id.bina.evaluation.ReassessmentTasks;
import id.bina.evaluation.domain.behaviour.Rating;
import id.bina.evaluation.domain.behaviour.ReassessedCompetency;
import id.bina.evaluation.domain.behaviour.ReassessmentTask;
import id.bina.evaluation.domain.behaviour.TaskStatus;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-assessment tasks: the assessor's list, HR's list of the agency (with the overdue ones), one task, and its
 * completion, which records each level as a SUPERVISOR assessment through the competency module (whose rules
 * apply: the direct supervisor, or HR for an employee without one; never the employee themselves).
 */
@ApplicationScoped
public class ReassessmentService implements ReassessmentTasks {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject CompetencyProfiles profiles;

  @Inject Competencies competencies;

  @Inject AuditTrail auditTrail;

  @Inject FollowUpStart followUps;

  @Inject
  @ConfigProperty(name = "bina.evaluation.reassessment-days", defaultValue = "30")
  int reassessmentDays;

  @Inject
  @ConfigProperty(name = "bina.evaluation.follow-up-months", defaultValue = "3")
  int followUpMonths;

  private LocalDate today() {
    return LocalDate.now(directory.zone());
  }

  private boolean isHr() {
    return caller.hasRole(Role.HR_MANAGER);
  }

  private static TaskStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return TaskStatus.valueOf(status.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "must be OPEN or COMPLETED");
    }
  }

  @Override
  @Transactional
  public Page<ReassessmentTaskView> mine(String status, PageRequest page) {
    TaskStatus wanted = status(status);
    long me = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    followUps.startDue(caller.agencyId());
    String where =
        "t.agencyId = :agency and (t.assessorEmployeeId = :me"
            + (isHr() ? " or (t.assessorEmployeeId is null and t.employeeId <> :me)" : "")
            + ") and t.status = :status";
    return page(where, Map.of("agency", caller.agencyId(), "me", me, "status", wanted == null ? TaskStatus.OPEN : wanted), page);
  }

  @Override
  @Transactional
  public Page<ReassessmentTaskView> ofAgency(String status, boolean overdueOnly, Long classId, PageRequest page) {
    if (!isHr()) {
      throw new AccessDeniedException("The agency's re-assessment tasks are HR's");
    }
    TaskStatus wanted = status(status);
    followUps.startDue(caller.agencyId());
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("agency", caller.agencyId());
    StringBuilder where = new StringBuilder("t.agencyId = :agency");
    if (wanted != null) {
      where.append(" and t.status = :status");
      parameters.put("status", wanted);
    }
    if (overdueOnly) {
      where.append(" and t.status = :open and t.dueOn < :lastDueOnTime");
      parameters.put("open", TaskStatus.OPEN);
      parameters.put("lastDueOnTime", today().minusDays(reassessmentDays));
    }
    if (classId != null) {
      where.append(" and t.classId = :classId");
      parameters.put("classId", classId);
    }
    return page(where.toString(), parameters, page);
  }

  private Page<ReassessmentTaskView> page(String where, Map<String, Object> parameters, PageRequest page) {
    TypedQuery<Long> count = em.createQuery("select count(t) from ReassessmentTask t where " + where, Long.class);
    TypedQuery<ReassessmentTask> rows =
        em.createQuery("select t from ReassessmentTask t where " + where + " order by t.dueOn, t.id", ReassessmentTask.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<ReassessmentTask> tasks = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(views(tasks), page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @Transactional
  public ReassessmentTaskView get(long id) {
    return views(List.of(visible(id))).get(0);
  }

  /** The task, if the caller is its assessor or an HR manager of its agency; 404 otherwise. */
  private ReassessmentTask visible(long id) {
    ReassessmentTask task = em.find(ReassessmentTask.class, id);
    Long me = caller.employeeId().orElse(null);
    if (task == null
        || task.getAgencyId() != caller.agencyId()
        || !(isHr() || me != null && me.equals(task.getAssessorEmployeeId()))) {
      throw new NotFoundException("ReassessmentTask", id);
    }
    return task;
  }

  @Override
  @Transactional
  public ReassessmentTaskView complete(long id, long version, ReassessmentInput input) {
    ReassessmentTask task = visible(id);
    long me = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    if (me == task.getEmployeeId()) {
      throw new AccessDeniedException("Nobody re-assesses themselves");
    }
    if (!task.isFor(me, isHr())) {
      throw new AccessDeniedException("This re-assessment is for the participant's direct supervisor");
    }
    if (task.getVersion() != version) {
      throw new StaleVersionException("ReassessmentTask", id);
    }
    List<Rating> ratings = new ArrayList<>();
    if (input == null || input.ratings == null) {
      throw new InvalidInputException("ratings", "must not be empty");
    }
    for (ReassessmentInput.RatingInput r : input.ratings) {
      if (r == null || r.competencyId == null || r.level == null) {
        throw new InvalidInputException("ratings", "each rating needs competencyId and level");
      }
      ratings.add(new Rating(r.competencyId, r.level, r.note));
    }
    task.checkCompletion(me, ratings);
    String classCode =
        (String) em.createNativeQuery("SELECT class_code FROM evaluation.evaluated_class WHERE class_id = ?1")
            .setParameter(1, task.getClassId())
            .getSingleResult();
    Map<Long, Long> assessments = new HashMap<>();
    for (Rating r : ratings) {
      String note =
          "Penilaian ulang " + followUpMonths + " bulan setelah kelas " + classCode
              + (r.note() == null || r.note().isBlank() ? "" : ": " + r.note().strip());
      assessments.put(r.competencyId(), profiles.assessAsSupervisor(task.getEmployeeId(), r.competencyId(), r.level(), note));
    }
    task.complete(ratings, assessments, caller.username(), OffsetDateTime.now());
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("status", new Object[] {TaskStatus.OPEN.name(), TaskStatus.COMPLETED.name()});
    changes.put("competencies", new Object[] {null, ratings.size()});
    auditTrail.record(caller.agencyId(), "ReassessmentTask", task.getId(), AuditTrail.Action.UPDATE, changes);
    return views(List.of(task)).get(0);
  }

  /** Views of the tasks, with class, names and competencies read in one query each. */
  private List<ReassessmentTaskView> views(List<ReassessmentTask> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Set<Long> classIds = new HashSet<>();
    Set<Long> people = new HashSet<>();
    Set<Long> competencyIds = new HashSet<>();
    for (ReassessmentTask t : tasks) {
      classIds.add(t.getClassId());
      people.add(t.getEmployeeId());
      if (t.getAssessorEmployeeId() != null) {
        people.add(t.getAssessorEmployeeId());
      }
      t.getCompetencies().forEach(c -> competencyIds.add(c.getCompetencyId()));
    }
    Map<Long, Object[]> classes = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT class_id, class_code, class_name, course_title, last_session_on FROM evaluation.evaluated_class"
                    + " WHERE agency_id = ?1 AND class_id IN (" + join(classIds) + ")")
            .setParameter(1, caller.agencyId())
            .getResultList()) {
      Object[] r = (Object[]) row;
      classes.put(((Number) r[0]).longValue(), r);
    }
    Map<Long, String> names = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT employee_id, name FROM platform.employee_directory WHERE agency_id = ?1 AND employee_id IN ("
                    + join(people) + ")")
            .setParameter(1, caller.agencyId())
            .getResultList()) {
      Object[] r = (Object[]) row;
      names.put(((Number) r[0]).longValue(), (String) r[1]);
    }
    Map<Long, Competencies.CompetencyRef> refs = competencies.visible(competencyIds);
    boolean hr = isHr();
    LocalDate today = today();
    List<ReassessmentTaskView> views = new ArrayList<>();
    for (ReassessmentTask t : tasks) {
      Object[] k = classes.get(t.getClassId());
      List<ReassessmentTaskView.Competency> lines = new ArrayList<>();
      for (ReassessedCompetency c : t.getCompetencies()) {
        Competencies.CompetencyRef ref = refs.get(c.getCompetencyId());
        lines.add(
            new ReassessmentTaskView.Competency(
                c.getCompetencyId(), ref == null ? null : ref.code(), ref == null ? null : ref.name(),
                hr ? c.getLevelBefore() : null, c.getLevelAfter(), c.getNote()));
      }
      views.add(
          new ReassessmentTaskView(
              t.getId(), t.getClassId(), (String) k[1], (String) k[2], (String) k[3], toDate(k[4]), t.getEmployeeId(),
              names.get(t.getEmployeeId()), t.getAssessorEmployeeId(),
              t.getAssessorEmployeeId() == null ? null : names.get(t.getAssessorEmployeeId()), t.getDueOn(),
              t.getDueOn().plusDays(reassessmentDays), t.isOverdue(today, reassessmentDays), t.getStatus().name(),
              t.getCompletedAt() == null ? null : t.getCompletedAt().atZoneSameInstant(directory.zone()).toOffsetDateTime(),
              t.getCompletedBy(), lines, t.getVersion()));
    }
    return views;
  }

  private static String join(Collection<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
