package id.bina.mentoring.application;

import id.bina.mentoring.AssignmentOutcome;
import id.bina.mentoring.FeedbackAggregate;
import id.bina.mentoring.FollowUpView;
import id.bina.mentoring.GoalOutcome;
import id.bina.mentoring.MentoringFollowUp;
import id.bina.mentoring.domain.ActionStatus;
import id.bina.mentoring.domain.Assignment;
import id.bina.mentoring.domain.AssignmentStatus;
import id.bina.mentoring.domain.Feedback;
import id.bina.mentoring.domain.FollowUpRules;
import id.bina.mentoring.domain.Goal;
import id.bina.mentoring.domain.Mentor;
import id.bina.mentoring.domain.Programme;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HR's follow-up board (sessions held against the programme's target, overdue actions, stalled
 * assignments), the anonymous feedback aggregate and the goal outcomes the evaluation module reads.
 */
@ApplicationScoped
public class FollowUpService implements MentoringFollowUp {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject MentoringContext context;

  @Inject
  @ConfigProperty(name = "bina.mentoring.stalled-weeks", defaultValue = "4")
  int stalledWeeks;

  @Inject
  @ConfigProperty(name = "bina.mentoring.feedback-min-responses", defaultValue = "5")
  int feedbackMinResponses;

  private void requireHr() {
    context.me();
    if (!context.isHr()) {
      throw new AccessDeniedException("The follow-up board is HR's");
    }
  }

  @Override
  @Transactional
  public Page<FollowUpView> board(Long programmeId, boolean stalledOnly, PageRequest page) {
    requireHr();
    if (programmeId != null) {
      context.programme(programmeId);
    }
    var query =
        em.createQuery(
                "select a from Assignment a where a.agencyId = :agency and a.status in :open"
                    + (programmeId == null ? "" : " and a.programmeId = :programme"),
                Assignment.class)
            .setParameter("agency", context.agency())
            .setParameter("open", List.of(AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED));
    if (programmeId != null) {
      query.setParameter("programme", programmeId);
    }
    List<Assignment> open = query.getResultList();
    if (open.isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    List<Long> ids = open.stream().map(Assignment::getId).toList();
    Map<Long, Object[]> sessions = new HashMap<>();
    em.createQuery(
            "select s.assignmentId, count(s), sum(case when s.confirmedAt is null then 0 else 1 end), max(s.heldOn)"
                + " from MentoringSession s where s.agencyId = :agency and s.assignmentId in :ids group by s.assignmentId",
            Object[].class)
        .setParameter("agency", context.agency())
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> sessions.put((Long) r[0], r));
    LocalDate today = context.today();
    Map<Long, Long> overdue = new HashMap<>();
    em.createQuery(
            "select s.assignmentId, count(a) from MentoringSession s join s.actions a where s.agencyId = :agency"
                + " and s.assignmentId in :ids and a.status = :open and a.dueOn < :today group by s.assignmentId",
            Object[].class)
        .setParameter("agency", context.agency())
        .setParameter("ids", ids)
        .setParameter("open", ActionStatus.OPEN)
        .setParameter("today", today)
        .getResultList()
        .forEach(r -> overdue.put((Long) r[0], ((Number) r[1]).longValue()));
    Map<Long, Programme> programmes = new HashMap<>();
    List<FollowUpView> rows = new ArrayList<>();
    for (Assignment a : open) {
      Programme p = programmes.computeIfAbsent(a.getProgrammeId(), context::programme);
      Object[] s = sessions.get(a.getId());
      long held = s == null ? 0 : ((Number) s[1]).longValue();
      long confirmed = s == null ? 0 : ((Number) s[2]).longValue();
      LocalDate last = s == null ? null : (LocalDate) s[3];
      int expected = FollowUpRules.expectedSessions(a.getStartsOn(), today, p.getTargetSessionsPerMonth(), p.getDurationMonths());
      // A paused mentoring is not chased: it stalls on purpose.
      boolean stalled = a.getStatus() == AssignmentStatus.ACTIVE && FollowUpRules.stalled(a.getStartsOn(), last, today, stalledWeeks);
      if (stalledOnly && !stalled) {
        continue;
      }
      rows.add(
          new FollowUpView(
              a.getId(), p.getId(), p.getName(), a.getMenteeEmployeeId(), context.nameOf(a.getMenteeEmployeeId()), a.getMentorEmployeeId(),
              context.nameOf(a.getMentorEmployeeId()), a.getStatus().name(), a.getStartsOn(), held, confirmed, expected, held < expected,
              overdue.getOrDefault(a.getId(), 0L), last, stalled, a.getVersion()));
    }
    rows.sort(Comparator.comparing(FollowUpView::stalled).reversed().thenComparing(FollowUpView::startsOn).thenComparing(FollowUpView::assignmentId));
    List<FollowUpView> items = rows.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(items, page.page(), page.size(), rows.size());
  }

  @Override
  @Transactional
  public FeedbackAggregate feedback(long mentorId, Long programmeId) {
    long me = context.me();
    Mentor mentor = context.mentor(mentorId);
    if (!context.isHr() && mentor.getEmployeeId() != me) {
      throw new NotFoundException("Mentor", mentorId);
    }
    if (programmeId != null) {
      context.programme(programmeId);
    }
    return aggregate(mentorId, programmeId);
  }

  @Override
  @Transactional
  public FeedbackAggregate programmeFeedback(long programmeId) {
    requireHr();
    context.programme(programmeId);
    return aggregate(null, programmeId);
  }

  /** Counts and averages in the database; below the minimum of answers neither is given. */
  private FeedbackAggregate aggregate(Long mentorId, Long programmeId) {
    var query =
        em.createQuery(
                "select count(f), avg(f.q1), avg(f.q2), avg(f.q3), avg(f.q4), avg(f.q5) from Feedback f where f.agencyId = :agency"
                    + (mentorId == null ? "" : " and f.mentorId = :mentor")
                    + (programmeId == null ? "" : " and f.programmeId = :programme"),
                Object[].class)
            .setParameter("agency", context.agency());
    if (mentorId != null) {
      query.setParameter("mentor", mentorId);
    }
    if (programmeId != null) {
      query.setParameter("programme", programmeId);
    }
    Object[] row = query.getSingleResult();
    long responses = ((Number) row[0]).longValue();
    boolean available = responses >= feedbackMinResponses;
    List<FeedbackAggregate.Question> questions = new ArrayList<>();
    for (int i = 0; i < Feedback.QUESTIONS.size(); i++) {
      Double average = available ? Math.round(((Number) row[i + 1]).doubleValue() * 100) / 100.0 : null;
      questions.add(new FeedbackAggregate.Question(Feedback.QUESTIONS.get(i), average));
    }
    return new FeedbackAggregate(mentorId, programmeId, available, available ? responses : null, questions);
  }

  @Override
  @Transactional
  public Page<GoalOutcome> goalOutcomes(Long programmeId, PageRequest page) {
    requireHr();
    var query =
        em.createQuery(
                "select a from Assignment a where a.agencyId = :agency and a.status = :completed"
                    + (programmeId == null ? "" : " and a.programmeId = :programme")
                    + " order by a.endedOn, a.id",
                Assignment.class)
            .setParameter("agency", context.agency())
            .setParameter("completed", AssignmentStatus.COMPLETED);
    if (programmeId != null) {
      query.setParameter("programme", programmeId);
    }
    List<Assignment> completed = query.getResultList();
    List<GoalOutcome> all = new ArrayList<>();
    for (Assignment a : completed) {
      for (Goal g : a.getGoals()) {
        all.add(
            new GoalOutcome(
                a.getId(), a.getProgrammeId(), a.getMenteeEmployeeId(), g.getCompetencyId(), g.getTargetLevel(), g.getDueOn(),
                g.getSelfLevel(), g.getFinalLevel(), g.getFinalLevel() != null && g.getFinalLevel() >= g.getTargetLevel()));
      }
    }
    return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(), all.size());
  }

  @Override
  @Transactional
  public List<AssignmentOutcome> assignmentOutcomes(Long programmeId) {
    requireHr();
    if (programmeId != null) {
      context.programme(programmeId);
    }
    var query =
        em.createNativeQuery(
                "SELECT a.id, a.programme_id, a.mentee_employee_id, a.status, a.starts_on, a.ended_on,"
                    + " p.target_sessions_per_month, p.duration_months, count(s.id), count(s.confirmed_at)"
                    + " FROM mentoring.assignment a JOIN mentoring.programme p ON p.id = a.programme_id"
                    + " LEFT JOIN mentoring.session s ON s.assignment_id = a.id"
                    + " WHERE a.agency_id = ?1 AND a.starts_on IS NOT NULL"
                    + " AND a.status IN ('ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED_EARLY')"
                    + (programmeId == null ? "" : " AND a.programme_id = ?2")
                    + " GROUP BY a.id, p.id ORDER BY a.id")
            .setParameter(1, context.agency());
    if (programmeId != null) {
      query.setParameter(2, programmeId);
    }
    LocalDate today = context.today();
    List<AssignmentOutcome> outcomes = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      LocalDate start = toDate(r[4]);
      LocalDate end = toDate(r[5]);
      int planned =
          FollowUpRules.expectedSessions(
              start, end == null ? today : end, ((Number) r[6]).intValue(), ((Number) r[7]).intValue());
      outcomes.add(
          new AssignmentOutcome(
              ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3], start, end,
              ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), planned));
    }
    return outcomes;
  }

  private static LocalDate toDate(Object value) {
    return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
