package id.bina.mentoring.application;

import id.bina.mentoring.MentoringSessionConfirmed;
import id.bina.mentoring.MentoringSessions;
import id.bina.mentoring.SessionInput;
import id.bina.mentoring.SessionView;
import id.bina.mentoring.application.MentoringContext.Party;
import id.bina.mentoring.domain.ActionStatus;
import id.bina.mentoring.domain.AgreedAction;
import id.bina.mentoring.domain.Assignment;
import id.bina.mentoring.domain.MentoringSession;
import id.bina.mentoring.domain.Programme;
import id.bina.mentoring.domain.SessionMode;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Notifications;
import id.bina.platform.Outbox;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Session logs. The assignment's mentor writes them, its mentee confirms them (then the session counts
 * toward JP: {@link MentoringSessionConfirmed} goes out through the outbox). Private notes are the
 * mentor's alone, the shared summary the two parties', HR sees dates, durations and confirmation only.
 * The audit trail, which HR reads, names the fields that changed but never their contents.
 */
@ApplicationScoped
public class SessionService implements MentoringSessions {

  static final String SUBJECT = "MentoringSession";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject MentoringContext context;

  @Inject AuditTrail auditTrail;

  @Inject CompetencyCheck competencyCheck;

  @Inject Notifications notifications;

  @Inject Outbox outbox;

  @Override
  @Transactional
  public SessionView log(SessionInput input) {
    context.me();
    if (input.assignmentId == null) {
      throw new InvalidInputException("assignmentId", "must be given");
    }
    Assignment assignment = context.assignment(input.assignmentId);
    if (context.partyTo(assignment) != Party.MENTOR) {
      throw new AccessDeniedException("The mentor logs the sessions");
    }
    if (!assignment.getStatus().isOpen()) {
      throw new ConflictException("Assignment " + assignment.getId() + " is " + assignment.getStatus() + ": no more sessions are logged");
    }
    MentoringSession session =
        new MentoringSession(context.agency(), assignment.getId(), assignment.getMentorEmployeeId(), assignment.getMenteeEmployeeId());
    record(session, input, assignment);
    em.persist(session);
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("assignment", new Object[] {null, assignment.getId()});
    changes.put("date", new Object[] {null, session.getHeldOn().toString()});
    changes.put("durationMinutes", new Object[] {null, session.getDurationMinutes()});
    changes.put("mode", new Object[] {null, session.getMode().name()});
    auditTrail.record(context.agency(), SUBJECT, session.getId(), AuditTrail.Action.CREATE, changes);
    notifications.notify(
        context.agency(), assignment.getMenteeEmployeeId(), "MENTORING_SESSION_TO_CONFIRM", SUBJECT, session.getId(),
        context.nameOf(assignment.getMentorEmployeeId()) + " mencatat sesi pembimbingan tanggal " + session.getHeldOn()
            + " (" + session.getDurationMinutes() + " menit). Mohon konfirmasi bahwa sesi ini berlangsung.");
    return view(session, Party.MENTOR);
  }

  private void record(MentoringSession session, SessionInput input, Assignment assignment) {
    competencyCheck.requireCurrent(input.competencyIds, "competencyIds[#]");
    List<AgreedAction> actions = new ArrayList<>();
    if (input.actions != null) {
      for (SessionInput.ActionInput action : input.actions) {
        actions.add(new AgreedAction(action.text, action.dueOn, Enums.parseOrNull(ActionStatus.class, action.status, "actions.status")));
      }
    }
    session.record(
        input.date,
        input.durationMinutes == null ? 0 : input.durationMinutes,
        Enums.parse(SessionMode.class, input.mode, "mode"),
        input.topics,
        input.competencyIds,
        input.sharedSummary,
        input.privateNotes,
        actions,
        assignment.getStartsOn(),
        context.today());
  }

  @Override
  @Transactional
  public Page<SessionView> list(long assignmentId, PageRequest page) {
    context.me();
    Assignment assignment = context.assignment(assignmentId);
    context.partyTo(assignment);
    long total =
        em.createQuery("select count(s) from MentoringSession s where s.assignmentId = :assignment", Long.class)
            .setParameter("assignment", assignmentId)
            .getSingleResult();
    List<SessionView> items =
        em.createQuery(
                "select s from MentoringSession s where s.assignmentId = :assignment order by s.heldOn desc, s.id desc",
                MentoringSession.class)
            .setParameter("assignment", assignmentId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(s -> view(s, partyTo(s)))
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  @Transactional
  public SessionView get(long id) {
    MentoringSession session = visible(id);
    return view(session, partyTo(session));
  }

  @Override
  @Transactional
  public SessionView update(long id, long version, SessionInput input) {
    MentoringSession session = visible(id);
    if (partyTo(session) != Party.MENTOR) {
      throw new AccessDeniedException("Only the mentor who logged the session changes it");
    }
    MentoringContext.checkVersion("Session", session.getId(), session.getVersion(), version);
    Assignment assignment = context.assignment(session.getAssignmentId());
    Map<String, Object> before = snapshot(session);
    record(session, input, assignment);
    em.flush();
    Map<String, Object> after = snapshot(session);
    Map<String, Object[]> changes = new LinkedHashMap<>();
    for (String field : after.keySet()) {
      Object was = before.get(field);
      Object is = after.get(field);
      if (!Objects.equals(was, is)) {
        boolean content = !List.of("date", "durationMinutes", "mode").contains(field);
        changes.put(field, content ? new Object[] {"(hidden)", "(changed)"} : new Object[] {was, is});
      }
    }
    auditTrail.record(context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE, changes);
    return view(session, Party.MENTOR);
  }

  private static Map<String, Object> snapshot(MentoringSession s) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("date", s.getHeldOn() == null ? null : s.getHeldOn().toString());
    values.put("durationMinutes", s.getDurationMinutes());
    values.put("mode", s.getMode() == null ? null : s.getMode().name());
    values.put("topics", s.getTopics());
    values.put("competencies", s.getCompetencyIds());
    values.put("sharedSummary", s.getSharedSummary());
    values.put("privateNotes", s.getPrivateNotes());
    values.put(
        "actions", s.getActions().stream().map(a -> a.getText() + "|" + a.getDueOn() + "|" + a.getStatus()).toList());
    return values;
  }

  @Override
  @Transactional
  public SessionView confirm(long id, long version) {
    MentoringSession session = visible(id);
    if (partyTo(session) != Party.MENTEE) {
      throw new AccessDeniedException("The mentee confirms that a session took place");
    }
    MentoringContext.checkVersion("Session", session.getId(), session.getVersion(), version);
    session.confirm();
    em.flush();
    Assignment assignment = context.assignment(session.getAssignmentId());
    Programme programme = context.programme(assignment.getProgrammeId());
    auditTrail.record(
        context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE, Map.of("confirmed", new Object[] {false, true}));
    outbox.publish(
        context.agency(),
        new MentoringSessionConfirmed(context.agency(), session.getMenteeEmployeeId(), id, session.getHeldOn(), programme.getJpPerSession()));
    return view(session, Party.MENTEE);
  }

  private MentoringSession visible(long id) {
    context.me();
    MentoringSession session = em.find(MentoringSession.class, id);
    if (session == null || session.getAgencyId() != context.agency()) {
      throw new NotFoundException("Session", id);
    }
    partyTo(session);
    return session;
  }

  /** The mentor who logged it, its mentee, or HR; 404 for anyone else (another mentor included). */
  private Party partyTo(MentoringSession session) {
    Long me = context.caller().employeeId().orElse(null);
    if (me != null && me == session.getMentorEmployeeId()) {
      return Party.MENTOR;
    }
    if (me != null && me == session.getMenteeEmployeeId()) {
      return Party.MENTEE;
    }
    if (context.isHr()) {
      return Party.HR;
    }
    throw new NotFoundException("Session", session.getId());
  }

  private SessionView view(MentoringSession s, Party party) {
    if (party == Party.HR) {
      return new SessionView(
          s.getId(), s.getAssignmentId(), s.getHeldOn(), s.getDurationMinutes(), null, null, null, null, null, null, s.isConfirmed(),
          confirmedAt(s), s.getVersion());
    }
    return new SessionView(
        s.getId(),
        s.getAssignmentId(),
        s.getHeldOn(),
        s.getDurationMinutes(),
        s.getMode().name(),
        s.getTopics(),
        List.copyOf(new java.util.TreeSet<>(s.getCompetencyIds())),
        s.getSharedSummary(),
        party == Party.MENTOR ? s.getPrivateNotes() : null,
        s.getActions().stream().map(a -> new SessionView.Action(a.getText(), a.getDueOn(), a.getStatus().name())).toList(),
        s.isConfirmed(),
        confirmedAt(s),
        s.getVersion());
  }

  private java.time.OffsetDateTime confirmedAt(MentoringSession s) {
    return s.getConfirmedAt() == null ? null : s.getConfirmedAt().atZoneSameInstant(context.directory().zone()).toOffsetDateTime();
  }
}
