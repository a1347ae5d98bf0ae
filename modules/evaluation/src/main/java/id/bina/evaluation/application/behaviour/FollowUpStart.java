package id.bina.evaluation.application.behaviour;

import id.bina.platform.Notifications;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Starts the follow-ups that fell due (the follow-up date reached in the agency's own calendar): each
 * completed participant of a class with targeted competencies gets one re-assessment task for their direct
 * supervisor (the agency's HR managers when they have none, or theirs has left), the assessors are notified,
 * and {@link FollowUpDue} invites the participants. Idempotent: a follow-up is claimed by a conditional update,
 * so two runs (two nodes, or the hourly run and a request) never start one twice; each class is started in
 * a transaction of its own.
 */
@ApplicationScoped
public class FollowUpStart {

  private static final Logger LOG = Logger.getLogger(FollowUpStart.class.getName());

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Notifications notifications;

  @Inject Event<FollowUpDue> due;

  @Inject FollowUpStart self;

  /** Starts every due follow-up of one agency, or of all when {@code agencyId} is null; answers how many. */
  public int startDue(Long agencyId) {
    List<Long> classes = self.dueClasses(agencyId);
    int started = 0;
    for (Long classId : classes) {
      if (self.start(classId)) {
        started++;
      }
    }
    if (started > 0) {
      int count = started;
      LOG.info(() -> count + " behaviour follow-ups started");
    }
    return started;
  }

  @Transactional
  public List<Long> dueClasses(Long agencyId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT f.class_id FROM evaluation.behaviour_follow_up f"
                    + " JOIN platform.agency_directory a ON a.agency_id = f.agency_id"
                    + " WHERE f.started_at IS NULL AND f.due_on <= (now() AT TIME ZONE a.time_zone)::date"
                    + (agencyId == null ? "" : " AND f.agency_id = " + agencyId.longValue())
                    + " ORDER BY f.due_on, f.class_id")
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Starts one class's follow-up if it is due and nobody started it; false when there was nothing to do. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean start(long classId) {
    @SuppressWarnings("unchecked")
    List<Object[]> claimed =
        em.createNativeQuery(
                "UPDATE evaluation.behaviour_follow_up f SET started_at = now()"
                    + " FROM platform.agency_directory a, evaluation.evaluated_class k"
                    + " WHERE f.class_id = ?1 AND a.agency_id = f.agency_id AND k.class_id = f.class_id"
                    + " AND f.started_at IS NULL AND f.due_on <= (now() AT TIME ZONE a.time_zone)::date"
                    + " RETURNING f.agency_id, f.due_on, k.class_name")
            .setParameter(1, classId)
            .getResultList();
    if (claimed.isEmpty()) {
      return false;
    }
    long agencyId = ((Number) claimed.get(0)[0]).longValue();
    LocalDate dueOn = toDate(claimed.get(0)[1]);
    String className = (String) claimed.get(0)[2];

    // One task per completed participant still in the agency; the assessor is their active direct supervisor.
    @SuppressWarnings("unchecked")
    List<Object[]> tasks =
        em.createNativeQuery(
                "INSERT INTO evaluation.reassessment_task (id, agency_id, class_id, employee_id, assessor_employee_id, due_on,"
                    + " status, created_at)"
                    + " SELECT nextval('evaluation.reassessment_task_seq'), ?2, b.class_id, b.employee_id,"
                    + " CASE WHEN s.active THEN p.supervisor_id END, ?3, 'OPEN', now()"
                    + " FROM (SELECT DISTINCT class_id, employee_id FROM evaluation.behaviour_level_before WHERE class_id = ?1) b"
                    + " JOIN platform.employee_placement p ON p.employee_id = b.employee_id AND p.agency_id = ?2 AND p.active"
                    + " LEFT JOIN platform.employee_placement s ON s.employee_id = p.supervisor_id AND s.agency_id = ?2"
                    + " ON CONFLICT (class_id, employee_id) DO NOTHING"
                    + " RETURNING id, employee_id, assessor_employee_id")
            .setParameter(1, classId)
            .setParameter(2, agencyId)
            .setParameter(3, java.sql.Date.valueOf(dueOn))
            .getResultList();
    em.createNativeQuery(
            "INSERT INTO evaluation.reassessment_task_competency (task_id, competency_id, level_before)"
                + " SELECT t.id, b.competency_id, b.level FROM evaluation.reassessment_task t"
                + " JOIN evaluation.behaviour_level_before b ON b.class_id = t.class_id AND b.employee_id = t.employee_id"
                + " WHERE t.class_id = ?1 ON CONFLICT DO NOTHING")
        .setParameter(1, classId)
        .executeUpdate();

    notifyAssessors(agencyId, className, tasks);

    @SuppressWarnings("unchecked")
    List<Number> participants =
        em.createNativeQuery(
                "SELECT DISTINCT employee_id FROM evaluation.participation WHERE class_id = ?1 AND completed ORDER BY employee_id")
            .setParameter(1, classId)
            .getResultList();
    // Here the participants' follow-up questionnaire is sent (see FollowUpDue).
    due.fire(new FollowUpDue(agencyId, classId, dueOn, participants.stream().map(Number::longValue).toList()));
    return true;
  }

  /** One notification per supervisor and class; the HR managers once per class for the tasks without a supervisor. */
  private void notifyAssessors(long agencyId, String className, List<Object[]> tasks) {
    Map<Long, List<Long>> bySupervisor = new LinkedHashMap<>();
    List<Object[]> forHr = new ArrayList<>();
    for (Object[] t : tasks) {
      if (t[2] == null) {
        forHr.add(t);
      } else {
        bySupervisor.computeIfAbsent(((Number) t[2]).longValue(), k -> new ArrayList<>()).add(((Number) t[0]).longValue());
      }
    }
    bySupervisor.forEach(
        (supervisor, ids) ->
            notifications.notify(
                agencyId, supervisor, "REASSESSMENT_DUE", "ReassessmentTask", ids.get(0),
                ids.size() + " anggota tim Anda yang mengikuti kelas " + className
                    + " menunggu penilaian ulang kompetensi. Buka tugas penilaian ulang."));
    if (!forHr.isEmpty()) {
      // A lone participant who is an HR manager is not asked to rate themselves.
      Long except = forHr.size() == 1 ? ((Number) forHr.get(0)[1]).longValue() : null;
      notifications.notifyRole(
          agencyId, Role.HR_MANAGER, except, "REASSESSMENT_DUE", "ReassessmentTask", ((Number) forHr.get(0)[0]).longValue(),
          forHr.size() + " peserta kelas " + className + " tanpa atasan langsung menunggu penilaian ulang kompetensi oleh SDM.");
    }
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
