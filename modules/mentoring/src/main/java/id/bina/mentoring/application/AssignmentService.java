package id.bina.mentoring.application;

import id.bina.mentoring.AgreementInput;
import id.bina.mentoring.AssignmentInput;
import id.bina.mentoring.AssignmentView;
import id.bina.mentoring.FeedbackInput;
import id.bina.mentoring.FinalAssessmentInput;
import id.bina.mentoring.MentoringAssignments;
import id.bina.mentoring.RequestInput;
import id.bina.mentoring.StatusInput;
import id.bina.mentoring.application.MentoringContext.Party;
import id.bina.mentoring.domain.Assignment;
import id.bina.mentoring.domain.AssignmentStatus;
import id.bina.mentoring.domain.Feedback;
import id.bina.mentoring.domain.Goal;
import id.bina.mentoring.domain.Matching;
import id.bina.mentoring.domain.Mentor;
import id.bina.mentoring.domain.Programme;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AccountRoles;
import id.bina.platform.Role;
import id.bina.platform.AuditTrail;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.Notifications;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assignments. HR assigns directly (ACTIVE at once); a mentee requests up to three ranked mentors, each of
 * whom has {@code bina.mentoring.request-days} days to accept before the request passes to the next. The
 * passing is checked on read (every list or read of assignments moves expired requests on, and tells the
 * next candidate), not by a timer: nothing depends on it between reads, and tests need no clock.
 */
@ApplicationScoped
public class AssignmentService implements MentoringAssignments {

  static final String SUBJECT = "MentoringAssignment";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject MentoringContext context;

  @Inject AuditTrail auditTrail;

  @Inject CompetencyCheck competencyCheck;

  @Inject Notifications notifications;

  @Inject AccountRoles accountRoles;

  @Inject
  @ConfigProperty(name = "bina.mentoring.request-days", defaultValue = "7")
  int requestDays;

  private Duration window() {
    return Duration.ofDays(requestDays);
  }

  private LongUnaryOperator employeeOfMentor() {
    return mentorId -> context.mentor(mentorId).getEmployeeId();
  }

  @Override
  @Transactional
  public AssignmentView assign(AssignmentInput input) {
    context.me();
    if (!context.isHr()) {
      throw new AccessDeniedException("HR assigns mentors; a mentee requests one");
    }
    Programme programme = programmeFor(input.programmeId);
    Directory.EmployeeInfo mentee = menteeFor(input.menteeId);
    Mentor mentor = approvedMentor(input.mentorId, "mentorId");
    em.lock(mentor, LockModeType.PESSIMISTIC_WRITE); // capacity: concurrent assignments to one mentor queue here
    requireAllowed(programme, mentee, mentor, "mentorId", true);
    requireNoOpenAssignment(programme.getId(), mentee.id());
    LocalDate startsOn = input.startsOn == null ? context.today() : input.startsOn;
    Assignment assignment =
        Assignment.assigned(
            context.agency(), programme.getId(), mentee.id(), mentor.getId(), mentor.getEmployeeId(), startsOn, context.caller().username());
    persist(assignment);
    auditCreate(assignment);
    String text = "Anda dipasangkan dalam program pembimbingan \"" + programme.getName() + "\": mentor "
        + context.nameOf(mentor.getEmployeeId()) + ", mentee " + mentee.name() + ", mulai " + startsOn + ".";
    notifications.notify(context.agency(), mentee.id(), "MENTORING_ASSIGNED", SUBJECT, assignment.getId(), text);
    notifications.notify(context.agency(), mentor.getEmployeeId(), "MENTORING_ASSIGNED", SUBJECT, assignment.getId(), text);
    return view(assignment, Party.HR);
  }

  @Override
  @Transactional
  public AssignmentView request(RequestInput input) {
    long me = context.me();
    Programme programme = programmeFor(input.programmeId);
    Directory.EmployeeInfo mentee = context.employee(me);
    for (Long mentorId : input.mentorIds) {
      requireAllowed(programme, mentee, approvedMentor(mentorId, "mentorIds"), "mentorIds", false);
    }
    requireNoOpenAssignment(programme.getId(), me);
    Assignment assignment =
        Assignment.requested(
            context.agency(), programme.getId(), me, input.mentorIds, employeeOfMentor(), OffsetDateTime.now(ZoneOffset.UTC), window(),
            context.caller().username());
    persist(assignment);
    auditCreate(assignment);
    tellCandidate(assignment, programme);
    return view(assignment, Party.MENTEE);
  }

  /** The database keeps one open mentoring per mentee and programme, also against a concurrent request. */
  private void persist(Assignment assignment) {
    try {
      em.persist(assignment);
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      throw new ConflictException("The mentee already has a mentoring (or a request) in this programme");
    }
  }

  private void tellCandidate(Assignment assignment, Programme programme) {
    if (assignment.getStatus() == AssignmentStatus.REQUESTED) {
      notifications.notify(
          context.agency(), assignment.getMentorEmployeeId(), "MENTORING_REQUESTED", SUBJECT, assignment.getId(),
          context.nameOf(assignment.getMenteeEmployeeId()) + " meminta Anda menjadi mentor dalam program \"" + programme.getName()
              + "\". Mohon jawab dalam " + requestDays + " hari.");
    } else if (assignment.getStatus() == AssignmentStatus.DECLINED) {
      notifications.notify(
          context.agency(), assignment.getMenteeEmployeeId(), "MENTORING_DECLINED", SUBJECT, assignment.getId(),
          "Permintaan mentor Anda dalam program \"" + programme.getName() + "\" tidak diterima oleh mentor yang Anda pilih."
              + " Silakan ajukan permintaan baru.");
    }
  }

  private Programme programmeFor(Long id) {
    try {
      return context.programme(id);
    } catch (id.bina.platform.NotFoundException e) {
      throw new InvalidInputException("programmeId", "no such programme in your agency");
    }
  }

  private Directory.EmployeeInfo menteeFor(Long id) {
    return context.directory().employee(id).orElseThrow(() -> new InvalidInputException("menteeId", "no such employee in your agency"));
  }

  private Mentor approvedMentor(Long id, String field) {
    Mentor mentor = em.find(Mentor.class, id);
    if (mentor == null || mentor.getAgencyId() != context.agency() || !mentor.isApproved()) {
      throw new InvalidInputException(field, "mentor " + id + " is not an approved mentor of the pool");
    }
    return mentor;
  }

  /** The matching's exclusions apply to every assignment; a full mentor is refused only when it would start now. */
  private void requireAllowed(Programme programme, Directory.EmployeeInfo mentee, Mentor mentor, String field, boolean startsNow) {
    Directory.EmployeeInfo info =
        context.directory().employee(mentor.getEmployeeId()).orElseThrow(() -> new InvalidInputException(field, "the mentor left the agency"));
    int open = context.openAssignmentsPerMentor(List.of(mentor.getId())).getOrDefault(mentor.getId(), 0);
    Matching.Reason reason =
        Matching.refusal(
            new Matching.Mentee(mentee.id(), mentee.unitId(), mentee.supervisorId(), context.reportingLine(mentee)),
            new Matching.Candidate(mentor.getId(), mentor.getEmployeeId(), info.unitId(), mentor.getCompetencyIds(), mentor.getMaxMentees(), open),
            programme.getUnitRule());
    if (reason == null || (reason == Matching.Reason.FULL && !startsNow)) {
      return;
    }
    switch (reason) {
      case FULL -> throw new ConflictException("Mentor " + info.name() + " has no place left (" + mentor.getMaxMentees() + " mentees)");
      case MENTEE_THEMSELF -> throw new InvalidInputException(field, "nobody mentors themselves");
      case DIRECT_SUPERVISOR, REPORTING_LINE ->
          throw new InvalidInputException(field, info.name() + " is in the mentee's reporting line");
      case UNIT_RULE -> throw new InvalidInputException(field, info.name() + " breaks the programme's unit rule " + programme.getUnitRule());
    }
  }

  private void requireNoOpenAssignment(long programmeId, long menteeId) {
    long open =
        em.createQuery(
                "select count(a) from Assignment a where a.agencyId = :agency and a.programmeId = :programme"
                    + " and a.menteeEmployeeId = :mentee and a.status in :open",
                Long.class)
            .setParameter("agency", context.agency())
            .setParameter("programme", programmeId)
            .setParameter("mentee", menteeId)
            .setParameter("open", List.of(AssignmentStatus.REQUESTED, AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED))
            .getSingleResult();
    if (open > 0) {
      throw new ConflictException("The mentee already has a mentoring (or a request) in this programme");
    }
  }

  /** Moves on every request of the agency whose candidate let the time pass. */
  private void expireRequests() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Assignment> due =
        em.createQuery(
                "select a from Assignment a where a.agencyId = :agency and a.status = :requested and a.requestDeadline < :now",
                Assignment.class)
            .setParameter("agency", context.agency())
            .setParameter("requested", AssignmentStatus.REQUESTED)
            .setParameter("now", now)
            .getResultList();
    for (Assignment assignment : due) {
      expire(assignment, now);
    }
  }

  private void expire(Assignment assignment, OffsetDateTime now) {
    Long before = assignment.getMentorId();
    if (assignment.expireIfDue(now, window(), employeeOfMentor())) {
      em.flush();
      auditTrail.record(
          context.agency(), SUBJECT, assignment.getId(), AuditTrail.Action.UPDATE,
          Map.of("mentor", new Object[] {before, assignment.getMentorId()}, "status", new Object[] {"REQUESTED", assignment.getStatus().name()}));
      tellCandidate(assignment, context.programme(assignment.getProgrammeId()));
    }
  }

  /**
   * A mentor left the pool: every request now waiting for them passes to its next candidate (or is
   * declined after the last), as if they had declined.
   *
   * @return how many requests were passed on
   */
  int passOnRequestsWaitingFor(Mentor mentor) {
    List<Assignment> waiting =
        em.createQuery(
                "select a from Assignment a where a.agencyId = :agency and a.status = :requested and a.mentorId = :mentor",
                Assignment.class)
            .setParameter("agency", context.agency())
            .setParameter("requested", AssignmentStatus.REQUESTED)
            .setParameter("mentor", mentor.getId())
            .getResultList();
    for (Assignment assignment : waiting) {
      assignment.decline(mentor.getEmployeeId(), employeeOfMentor(), OffsetDateTime.now(ZoneOffset.UTC), window());
      em.flush();
      audit(assignment, AssignmentStatus.REQUESTED, Map.of("mentor", new Object[] {mentor.getId(), assignment.getMentorId()}));
      tellCandidate(assignment, context.programme(assignment.getProgrammeId()));
    }
    return waiting.size();
  }

  @Override
  @Transactional
  public Page<AssignmentView> list(String status, PageRequest page) {
    long me = context.me();
    expireRequests();
    AssignmentStatus wanted = Enums.parseOrNull(AssignmentStatus.class, status, "status");
    StringBuilder where = new StringBuilder("a.agencyId = :agency");
    if (!context.isHr()) {
      where.append(" and (a.menteeEmployeeId = :me or a.mentorEmployeeId = :me)");
    }
    if (wanted != null) {
      where.append(" and a.status = :status");
    }
    TypedQuery<Long> count = em.createQuery("select count(a) from Assignment a where " + where, Long.class);
    TypedQuery<Assignment> rows =
        em.createQuery("select a from Assignment a where " + where + " order by a.createdAt desc, a.id desc", Assignment.class);
    for (TypedQuery<?> query : List.of(count, rows)) {
      query.setParameter("agency", context.agency());
      if (!context.isHr()) {
        query.setParameter("me", me);
      }
      if (wanted != null) {
        query.setParameter("status", wanted);
      }
    }
    List<AssignmentView> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(a -> view(a, context.partyTo(a)))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @Transactional
  public AssignmentView get(long id) {
    context.me();
    Assignment assignment = context.assignment(id);
    expire(assignment, OffsetDateTime.now(ZoneOffset.UTC));
    return view(assignment, context.partyTo(assignment));
  }

  /** The assignment for a change by the caller, after the version check; expired requests moved on first. */
  private Assignment forChange(long id, long version) {
    context.me();
    Assignment assignment = context.assignment(id);
    context.partyTo(assignment);
    expire(assignment, OffsetDateTime.now(ZoneOffset.UTC));
    MentoringContext.checkVersion("Assignment", assignment.getId(), assignment.getVersion(), version);
    return assignment;
  }

  @Override
  @Transactional
  public AssignmentView accept(long id, long version) {
    Assignment assignment = forChange(id, version);
    if (assignment.getStatus() == AssignmentStatus.REQUESTED && assignment.getMentorEmployeeId() == context.me()) {
      Mentor mentor = context.mentor(assignment.getMentorId());
      em.lock(mentor, LockModeType.PESSIMISTIC_WRITE);
      if (!mentor.isApproved()) {
        throw new ConflictException("You are no longer in the mentor pool: decline the request");
      }
      if (context.openAssignmentsPerMentor(List.of(mentor.getId())).getOrDefault(mentor.getId(), 0) >= mentor.getMaxMentees()) {
        throw new ConflictException("You have no place left for another mentee (" + mentor.getMaxMentees() + ")");
      }
    }
    assignment.accept(context.me(), context.today());
    em.flush();
    audit(assignment, AssignmentStatus.REQUESTED, Map.of("startsOn", new Object[] {null, assignment.getStartsOn().toString()}));
    notifications.notify(
        context.agency(), assignment.getMenteeEmployeeId(), "MENTORING_ACCEPTED", SUBJECT, id,
        context.nameOf(assignment.getMentorEmployeeId()) + " menerima permintaan Anda dan menjadi mentor Anda.");
    return view(assignment, Party.MENTOR);
  }

  @Override
  @Transactional
  public AssignmentView decline(long id, long version) {
    Assignment assignment = forChange(id, version);
    Long before = assignment.getMentorId();
    assignment.decline(context.me(), employeeOfMentor(), OffsetDateTime.now(ZoneOffset.UTC), window());
    em.flush();
    audit(assignment, AssignmentStatus.REQUESTED, Map.of("mentor", new Object[] {before, assignment.getMentorId()}));
    tellCandidate(assignment, context.programme(assignment.getProgrammeId()));
    // The declining mentor is no party any more: they get the outline, without any agreement.
    return view(assignment, Party.HR);
  }

  @Override
  @Transactional
  public AssignmentView changeStatus(long id, long version, StatusInput input) {
    Assignment assignment = forChange(id, version);
    Party party = context.partyTo(assignment);
    AssignmentStatus target = Enums.parse(AssignmentStatus.class, input.status, "status");
    AssignmentStatus before = assignment.getStatus();
    assignment.changeStatus(target, input.reason, context.today(), context.caller().username());
    em.flush();
    Map<String, Object[]> more = new LinkedHashMap<>();
    if (assignment.getEndReason() != null && target == AssignmentStatus.ENDED_EARLY) {
      more.put("endReason", new Object[] {null, assignment.getEndReason()});
    }
    audit(assignment, before, more);
    revokeMentorRoleAfterLastMentoring(assignment);
    String text = context.caller().username() + " mengubah status pembimbingan menjadi " + target
        + (target == AssignmentStatus.ENDED_EARLY ? ". Alasan: " + assignment.getEndReason() : ".");
    long me = context.me();
    for (long recipient : new long[] {assignment.getMenteeEmployeeId(), assignment.getMentorEmployeeId()}) {
      if (recipient != me) {
        notifications.notify(context.agency(), recipient, "MENTORING_STATUS", SUBJECT, id, text);
      }
    }
    return view(assignment, party);
  }

  @Override
  @Transactional
  public AssignmentView agree(long id, long version, AgreementInput input) {
    Assignment assignment = forChange(id, version);
    Party party = requireParty(assignment, "The agreement is written by mentor and mentee");
    competencyCheck.requireCurrent(input.goals.stream().map(g -> g.competencyId).toList(), "goals[#].competencyId");
    List<Goal> goals = new ArrayList<>();
    for (AgreementInput.GoalInput g : input.goals) {
      if (assignment.getStartsOn() != null && g.dueOn.isBefore(assignment.getStartsOn())) {
        throw new InvalidInputException("goals", "a goal is due after the mentoring started on " + assignment.getStartsOn());
      }
      goals.add(new Goal(g.competencyId, g.targetLevel, g.dueOn, g.selfLevel));
    }
    int goalsBefore = assignment.getGoals().size();
    assignment.agree(goals, input.actionPlan, party == Party.MENTEE);
    em.flush();
    // Contents stay between the two parties: the audit trail (read by HR) says what changed, not how.
    auditTrail.record(
        context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE,
        Map.of("agreement.goals", new Object[] {goalsBefore, assignment.getGoals().size()}, "agreement", new Object[] {null, "changed"}));
    return view(assignment, party);
  }

  @Override
  @Transactional
  public AssignmentView sign(long id, long version) {
    Assignment assignment = forChange(id, version);
    Party party = requireParty(assignment, "The agreement is signed by mentor and mentee");
    assignment.sign(party == Party.MENTEE);
    em.flush();
    auditTrail.record(
        context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE,
        Map.of("agreement.signedBy", new Object[] {null, party.name()}));
    return view(assignment, party);
  }

  @Override
  @Transactional
  public AssignmentView assessFinally(long id, long version, FinalAssessmentInput input) {
    Assignment assignment = forChange(id, version);
    if (context.partyTo(assignment) != Party.MENTOR) {
      throw new AccessDeniedException("The mentor records the final assessment of the goals");
    }
    Map<Long, Integer> levels = new LinkedHashMap<>();
    for (FinalAssessmentInput.Rating rating : input.goals) {
      levels.put(rating.competencyId, rating.finalLevel);
    }
    assignment.rateFinally(levels);
    em.flush();
    auditTrail.record(
        context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE, Map.of("agreement.finalAssessment", new Object[] {null, levels.size() + " goal(s) rated"}));
    return view(assignment, Party.MENTOR);
  }

  @Override
  @Transactional
  public void giveFeedback(long id, FeedbackInput input) {
    context.me();
    Assignment assignment = context.assignment(id);
    if (context.partyTo(assignment) != Party.MENTEE) {
      throw new AccessDeniedException("Feedback on a mentoring is given by its mentee");
    }
    // Neither audited nor time-stamped: that would tie the answers to the mentee.
    Feedback feedback = new Feedback(context.agency(), assignment.getProgrammeId(), assignment.getMentorId(), input.answers);
    assignment.markFeedbackGiven();
    em.persist(feedback);
    em.flush();
  }

  /** A mentor who left the pool keeps the MENTOR role (their pages) until their last mentoring under way ends. */
  private void revokeMentorRoleAfterLastMentoring(Assignment assignment) {
    if (assignment.getStatus().isOpen() || assignment.getMentorId() == null) {
      return;
    }
    Mentor mentor = context.mentor(assignment.getMentorId());
    if (mentor.getStatus() == id.bina.mentoring.domain.MentorStatus.WITHDRAWN
        && context.openAssignmentsPerMentor(List.of(mentor.getId())).getOrDefault(mentor.getId(), 0) == 0) {
      accountRoles.revoke(context.agency(), mentor.getEmployeeId(), Role.MENTOR, MentorService.ROLE_SOURCE);
    }
  }

  private Party requireParty(Assignment assignment, String message) {
    Party party = context.partyTo(assignment);
    if (party == Party.HR) {
      throw new AccessDeniedException(message);
    }
    return party;
  }

  private void auditCreate(Assignment a) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("programme", new Object[] {null, a.getProgrammeId()});
    changes.put("mentee", new Object[] {null, a.getMenteeEmployeeId()});
    changes.put("mentor", new Object[] {null, a.getMentorId()});
    changes.put("candidates", new Object[] {null, a.getCandidates().toString()});
    changes.put("status", new Object[] {null, a.getStatus().name()});
    if (a.getStartsOn() != null) {
      changes.put("startsOn", new Object[] {null, a.getStartsOn().toString()});
    }
    auditTrail.record(context.agency(), SUBJECT, a.getId(), AuditTrail.Action.CREATE, changes);
  }

  private void audit(Assignment a, AssignmentStatus before, Map<String, Object[]> more) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("status", new Object[] {before.name(), a.getStatus().name()});
    changes.putAll(more);
    auditTrail.record(context.agency(), SUBJECT, a.getId(), AuditTrail.Action.UPDATE, changes);
  }

  AssignmentView view(Assignment a, Party party) {
    ZoneId zone = context.directory().zone();
    Programme programme = context.programme(a.getProgrammeId());
    AssignmentView.Agreement agreement =
        party == Party.HR
            ? null
            : new AssignmentView.Agreement(
                a.getGoals().stream()
                    .map(g -> new AssignmentView.Goal(g.getCompetencyId(), g.getTargetLevel(), g.getDueOn(), g.getSelfLevel(), g.getFinalLevel()))
                    .toList(),
                a.getActionPlan(),
                a.getMentorSignedAt() == null ? null : a.getMentorSignedAt().atZoneSameInstant(zone).toOffsetDateTime(),
                a.getMenteeSignedAt() == null ? null : a.getMenteeSignedAt().atZoneSameInstant(zone).toOffsetDateTime());
    return new AssignmentView(
        a.getId(),
        a.getProgrammeId(),
        programme.getName(),
        a.getMenteeEmployeeId(),
        context.nameOf(a.getMenteeEmployeeId()),
        a.getMentorId(),
        a.getMentorEmployeeId(),
        context.nameOf(a.getMentorEmployeeId()),
        a.getStatus().name(),
        a.getCandidates(),
        a.getRequestDeadline() == null ? null : a.getRequestDeadline().atZoneSameInstant(zone).toOffsetDateTime(),
        a.getStartsOn(),
        a.getEndedOn(),
        a.getEndReason(),
        agreement,
        party == Party.MENTEE ? a.isFeedbackGiven() : null,
        a.getVersion());
  }
}
