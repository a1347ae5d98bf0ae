package id.bina.mentoring.application;

import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.mentoring.MentorInput;
import id.bina.mentoring.MentorPool;
import id.bina.mentoring.MentorView;
import id.bina.mentoring.SuggestionsView;
import id.bina.mentoring.domain.Matching;
import id.bina.mentoring.domain.Mentor;
import id.bina.mentoring.domain.MentorStatus;
import id.bina.mentoring.domain.Programme;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AccountRoles;
import id.bina.platform.AuditTrail;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Notifications;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mentor pool and matching. Approval grants the mentor's accounts the MENTOR role (source
 * {@value #ROLE_SOURCE}); leaving the pool takes it back once no mentoring of theirs is under way (else when the
 * last one ends), and only where the pool granted it: a MENTOR role an administrator gave by hand stays.
 * Eligibility (each offered competency held at
 * {@code bina.mentoring.mentor-min-level} or more) is read from the competency profile: when applying (the
 * applicant reads their own, HR anyone's) and again when HR approves, as levels may have changed.
 */
@ApplicationScoped
public class MentorService implements MentorPool {

  static final String SUBJECT = "Mentor";

  /** The source the MENTOR role is granted under in the platform's account roles. */
  static final String ROLE_SOURCE = "MENTOR_POOL";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject MentoringContext context;

  @Inject CompetencyProfiles profiles;

  @Inject AuditTrail auditTrail;

  @Inject Notifications notifications;

  @Inject AssignmentService assignments;

  @Inject AccountRoles accountRoles;

  @Inject
  @ConfigProperty(name = "bina.mentoring.mentor-min-level", defaultValue = "4")
  int minLevel;

  @Override
  @Transactional
  public MentorView apply(MentorInput input) {
    long me = context.me();
    long employeeId = input.employeeId == null ? me : input.employeeId;
    if (employeeId != me && !context.isHr()) {
      throw new AccessDeniedException("Only HR adds someone else to the mentor pool");
    }
    if (context.directory().employee(employeeId).isEmpty()) {
      throw new InvalidInputException("employeeId", "no such employee in your agency");
    }
    boolean exists =
        !em.createQuery("select m.id from Mentor m where m.agencyId = :agency and m.employeeId = :employee", Long.class)
            .setParameter("agency", context.agency())
            .setParameter("employee", employeeId)
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new ConflictException("Employee " + employeeId + " is already in the mentor pool (or has applied)");
    }
    Set<Long> offered = new LinkedHashSet<>(input.competencyIds);
    requireEligible(employeeId, offered);
    Mentor mentor =
        new Mentor(context.agency(), employeeId, offered, input.maxMentees == null ? 0 : input.maxMentees, input.availability, context.caller().username());
    em.persist(mentor);
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("employee", new Object[] {null, employeeId});
    changes.put("competencies", new Object[] {null, mentor.getCompetencyIds().toString()});
    changes.put("maxMentees", new Object[] {null, mentor.getMaxMentees()});
    changes.put("status", new Object[] {null, mentor.getStatus().name()});
    auditTrail.record(context.agency(), SUBJECT, mentor.getId(), AuditTrail.Action.CREATE, changes);
    notifications.notifyRole(
        context.agency(), Role.HR_MANAGER, employeeId, "MENTOR_APPLIED", SUBJECT, mentor.getId(),
        context.nameOf(employeeId) + " menawarkan diri sebagai mentor. Mohon ditinjau untuk kelompok mentor.");
    return view(mentor, 0);
  }

  /** Every offered competency at the minimum level or more, else 400 naming each one short. */
  private void requireEligible(long employeeId, Set<Long> offered) {
    ProfileView profile = profiles.profileOf(employeeId);
    Map<Long, ProfileView.Line> lines = new HashMap<>();
    profile.competencies().forEach(line -> lines.put(line.competencyId(), line));
    List<String> belowLevel = new ArrayList<>();
    for (Long competencyId : offered) {
      ProfileView.Line line = lines.get(competencyId);
      Integer level = line == null ? null : line.currentLevel();
      if (level == null || level < minLevel) {
        String name = line == null ? "competency " + competencyId : line.code();
        belowLevel.add(name + " (current level " + (level == null ? "none" : level) + ")");
      }
    }
    if (!belowLevel.isEmpty()) {
      throw new InvalidInputException(
          "competencyIds", "a mentor holds level " + minLevel + " or more in each offered competency; short: " + String.join(", ", belowLevel));
    }
  }

  @Override
  @Transactional
  public Page<MentorView> list(String status, PageRequest page) {
    long me = context.me();
    MentorStatus wanted = Enums.parseOrNull(MentorStatus.class, status, "status");
    StringBuilder where = new StringBuilder("m.agencyId = :agency");
    if (!context.isHr()) {
      where.append(" and (m.status = :approved or m.employeeId = :me)");
    }
    if (wanted != null) {
      where.append(" and m.status = :status");
    }
    TypedQuery<Long> count = em.createQuery("select count(m) from Mentor m where " + where, Long.class);
    TypedQuery<Mentor> rows = em.createQuery("select m from Mentor m where " + where + " order by m.id", Mentor.class);
    for (TypedQuery<?> query : List.of(count, rows)) {
      query.setParameter("agency", context.agency());
      if (!context.isHr()) {
        query.setParameter("approved", MentorStatus.APPROVED).setParameter("me", me);
      }
      if (wanted != null) {
        query.setParameter("status", wanted);
      }
    }
    List<Mentor> mentors = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<Long, Integer> open = context.openAssignmentsPerMentor(mentors.stream().map(Mentor::getId).toList());
    return new Page<>(mentors.stream().map(m -> view(m, open.getOrDefault(m.getId(), 0))).toList(), page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @Transactional
  public java.util.Optional<MentorView> mine() {
    return em.createQuery("select m from Mentor m where m.agencyId = :agency and m.employeeId = :me", Mentor.class)
        .setParameter("agency", context.agency())
        .setParameter("me", context.me())
        .getResultStream()
        .findFirst()
        .map(this::view);
  }

  @Override
  @Transactional
  public MentorView get(long id) {
    return view(visible(id));
  }

  /** HR sees every entry, an employee their own, everyone the approved ones. */
  private Mentor visible(long id) {
    long me = context.me();
    Mentor mentor = context.mentor(id);
    if (!mentor.isApproved() && !context.isHr() && mentor.getEmployeeId() != me) {
      throw new NotFoundException("Mentor", id);
    }
    return mentor;
  }

  @Override
  @Transactional
  public MentorView update(long id, long version, MentorInput input) {
    Mentor mentor = visible(id);
    if (mentor.getEmployeeId() != context.me() && !context.isHr()) {
      throw new AccessDeniedException("A pool entry is changed by the mentor or HR");
    }
    MentoringContext.checkVersion("Mentor", mentor.getId(), mentor.getVersion(), version);
    Set<Long> offered = new LinkedHashSet<>(input.competencyIds);
    if (!mentor.getCompetencyIds().containsAll(offered)) {
      requireEligible(mentor.getEmployeeId(), offered);
    }
    Map<String, Object[]> changes = new LinkedHashMap<>();
    String competenciesBefore = mentor.getCompetencyIds().toString();
    int maxBefore = mentor.getMaxMentees();
    String availabilityBefore = mentor.getAvailability();
    MentorStatus statusBefore = mentor.getStatus();
    mentor.offer(offered, input.maxMentees == null ? 0 : input.maxMentees, input.availability);
    em.flush();
    changes.put("competencies", new Object[] {competenciesBefore, mentor.getCompetencyIds().toString()});
    changes.put("maxMentees", new Object[] {maxBefore, mentor.getMaxMentees()});
    changes.put("availability", new Object[] {availabilityBefore, mentor.getAvailability()});
    changes.put("status", new Object[] {statusBefore.name(), mentor.getStatus().name()});
    auditTrail.record(context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE, changes);
    return view(mentor);
  }

  @Override
  @Transactional
  public MentorView approve(long id, long version) {
    long me = context.me();
    if (!context.isHr()) {
      throw new AccessDeniedException("HR approves mentors into the pool");
    }
    Mentor mentor = context.mentor(id);
    MentoringContext.checkVersion("Mentor", mentor.getId(), mentor.getVersion(), version);
    mentor.approve(me, context.caller().username());
    requireEligible(mentor.getEmployeeId(), mentor.getCompetencyIds());
    em.flush();
    auditTrail.record(
        context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE,
        Map.of("status", new Object[] {MentorStatus.APPLIED.name(), MentorStatus.APPROVED.name()}));
    accountRoles.grant(context.agency(), mentor.getEmployeeId(), Role.MENTOR, ROLE_SOURCE);
    notifications.notify(
        context.agency(), mentor.getEmployeeId(), "MENTOR_APPROVED", SUBJECT, id,
        "Anda telah disetujui masuk kelompok mentor oleh " + context.caller().username() + ".");
    return view(mentor);
  }

  @Override
  @Transactional
  public MentorView withdraw(long id, long version, String reason) {
    long me = context.me();
    Mentor mentor = visible(id);
    boolean own = mentor.getEmployeeId() == me;
    if (!own && !context.isHr()) {
      throw new AccessDeniedException("HR or the mentor themself takes an entry out of the pool");
    }
    MentoringContext.checkVersion("Mentor", mentor.getId(), mentor.getVersion(), version);
    MentorStatus before = mentor.getStatus();
    mentor.withdraw(context.caller().username(), reason);
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("status", new Object[] {before.name(), MentorStatus.WITHDRAWN.name()});
    changes.put("withdrawalReason", new Object[] {null, mentor.getWithdrawalReason()});
    auditTrail.record(context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE, changes);
    int passedOn = assignments.passOnRequestsWaitingFor(mentor);
    if (context.openAssignmentsPerMentor(List.of(mentor.getId())).getOrDefault(mentor.getId(), 0) == 0) {
      accountRoles.revoke(context.agency(), mentor.getEmployeeId(), Role.MENTOR, ROLE_SOURCE);
    }
    if (!own) {
      String text =
          (before == MentorStatus.APPLIED ? "Penawaran Anda sebagai mentor tidak disetujui" : "Anda dikeluarkan dari kelompok mentor")
              + " oleh " + context.caller().username()
              + (mentor.getWithdrawalReason() == null ? "." : ". Alasan: " + mentor.getWithdrawalReason())
              + (passedOn > 0 ? " Permintaan mentee yang menunggu jawaban Anda diteruskan ke mentor berikutnya." : "");
      notifications.notify(context.agency(), mentor.getEmployeeId(), "MENTOR_WITHDRAWN", SUBJECT, id, text);
    }
    return view(mentor);
  }

  @Override
  @Transactional
  public SuggestionsView suggestions(long programmeId, Long menteeId) {
    long me = context.me();
    Programme programme = context.programme(programmeId);
    long mentee = menteeId == null ? me : menteeId;
    if (mentee != me && !context.isHr()) {
      throw new NotFoundException("Employee", mentee);
    }
    Directory.EmployeeInfo menteeInfo = context.employee(mentee);
    ProfileView profile = profiles.profileOf(mentee);
    List<Matching.Gap> gaps = new ArrayList<>();
    List<SuggestionsView.Gap> gapViews = new ArrayList<>();
    for (ProfileView.Line line : profile.prioritisedGaps()) {
      if (line.gap() != null && line.gap() > 0) {
        gaps.add(new Matching.Gap(line.competencyId(), line.gap()));
        gapViews.add(new SuggestionsView.Gap(line.competencyId(), line.code(), line.gap()));
      }
    }
    List<Mentor> pool =
        em.createQuery("select m from Mentor m where m.agencyId = :agency and m.status = :approved order by m.id", Mentor.class)
            .setParameter("agency", context.agency())
            .setParameter("approved", MentorStatus.APPROVED)
            .getResultList();
    Map<Long, Integer> open = context.openAssignmentsPerMentor(pool.stream().map(Mentor::getId).toList());
    Map<Long, String> names = new HashMap<>();
    List<Matching.Candidate> candidates = new ArrayList<>();
    for (Mentor m : pool) {
      Directory.EmployeeInfo info = context.directory().employee(m.getEmployeeId()).orElse(null);
      if (info == null) {
        continue; // left the agency
      }
      names.put(m.getEmployeeId(), info.name());
      candidates.add(
          new Matching.Candidate(m.getId(), m.getEmployeeId(), info.unitId(), m.getCompetencyIds(), m.getMaxMentees(), open.getOrDefault(m.getId(), 0)));
    }
    Matching.Result result =
        Matching.rank(
            new Matching.Mentee(mentee, menteeInfo.unitId(), menteeInfo.supervisorId(), context.reportingLine(menteeInfo)),
            gaps,
            candidates,
            programme.getUnitRule());
    return new SuggestionsView(
        programmeId,
        mentee,
        gapViews,
        result.suggestions().stream()
            .map(s -> new SuggestionsView.Suggestion(
                s.candidate().mentorId(), s.candidate().employeeId(), names.get(s.candidate().employeeId()), s.candidate().unitId(),
                s.score(), s.coverage(), s.coveragePoints(), s.capacityPoints(), s.capacityLeft(), s.coveredCompetencies()))
            .toList(),
        result.excluded().stream()
            .map(e -> new SuggestionsView.Excluded(
                e.candidate().mentorId(), e.candidate().employeeId(), names.get(e.candidate().employeeId()), e.reason().name()))
            .toList());
  }

  private MentorView view(Mentor m) {
    return view(m, context.openAssignmentsPerMentor(List.of(m.getId())).getOrDefault(m.getId(), 0));
  }

  private MentorView view(Mentor m, int active) {
    Directory.EmployeeInfo info = context.directory().employee(m.getEmployeeId()).orElse(null);
    return new MentorView(
        m.getId(),
        m.getEmployeeId(),
        info == null ? null : info.name(),
        info == null ? 0 : info.unitId(),
        m.getStatus().name(),
        List.copyOf(new java.util.TreeSet<>(m.getCompetencyIds())),
        m.getMaxMentees(),
        active,
        m.getAvailability(),
        m.getAppliedBy(),
        m.getAppliedAt() == null ? null : m.getAppliedAt().atZoneSameInstant(context.directory().zone()).toOffsetDateTime(),
        m.getApprovedBy(),
        m.getApprovedAt() == null ? null : m.getApprovedAt().atZoneSameInstant(context.directory().zone()).toOffsetDateTime(),
        m.getWithdrawnBy(),
        m.getWithdrawnAt() == null ? null : m.getWithdrawnAt().atZoneSameInstant(context.directory().zone()).toOffsetDateTime(),
        m.getWithdrawalReason(),
        m.getVersion());
  }
}
