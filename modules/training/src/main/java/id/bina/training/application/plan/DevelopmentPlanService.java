package id.bina.training.application.plan;

import id.bina.competency.Competencies;
import id.bina.competency.Competencies.CompetencyRef;
import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.Notifications;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import id.bina.training.Catalog;
import id.bina.training.ClassSummary;
import id.bina.training.CourseStatus;
import id.bina.training.CourseSummary;
import id.bina.training.Modality;
import id.bina.training.domain.plan.ActivityKind;
import id.bina.training.domain.plan.IndividualPlan;
import id.bina.training.domain.plan.PlanStatus;
import id.bina.training.domain.plan.PlannedActivity;
import id.bina.training.domain.plan.PlannedGap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Individual development plans (IDP). The employee writes their own plan for a year, choosing gaps from their
 * competency profile and planning activities; submits it to their direct supervisor, who approves it or
 * returns it with a reason (an employee without a supervisor is decided by the agency's HR managers). HR
 * managers read every plan of the agency. Anyone else gets 404. Every change is in the audit trail.
 */
@ApplicationScoped
public class DevelopmentPlanService {

  static final String SUBJECT = "DevelopmentPlan";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject CompetencyProfiles profiles;

  @Inject Competencies competencies;

  @Inject Catalog catalog;

  @Inject AuditTrail auditTrail;

  @Inject Notifications notifications;

  /** How the caller stands to a plan. */
  enum Relation {
    OWNER,
    /** The employee's current direct supervisor, or an HR manager when the employee has none. */
    DECIDER,
    /** An HR manager who reads it. */
    READER
  }

  public record Filter(Integer year, PlanStatus status, Long employeeId, Long unitId) {}

  /** The plans the caller may see, by year, employee name: HR all of the agency's, others their own and their direct reports'. */
  @Transactional
  public Page<DevelopmentPlanView.Summary> list(Filter f, PageRequest page) {
    Long me = caller.employeeId().orElse(null);
    boolean hr = caller.hasRole(Role.HR_MANAGER);
    if (!hr && me == null) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    List<Object> parameters = new ArrayList<>();
    StringBuilder where =
        new StringBuilder(
            " FROM training.development_plan p JOIN platform.employee_directory d ON d.employee_id = p.employee_id"
                + " JOIN platform.unit_directory u ON u.unit_id = d.unit_id WHERE p.agency_id = ")
            .append(bind(parameters, caller.agencyId()));
    if (!hr) {
      where.append(" AND (p.employee_id = ").append(bind(parameters, me)).append(" OR d.supervisor_id = ").append(bind(parameters, me)).append(")");
    }
    if (f.year() != null) {
      where.append(" AND p.plan_year = ").append(bind(parameters, f.year()));
    }
    if (f.status() != null) {
      where.append(" AND p.status = ").append(bind(parameters, f.status().name()));
    }
    if (f.employeeId() != null) {
      where.append(" AND p.employee_id = ").append(bind(parameters, f.employeeId()));
    }
    if (f.unitId() != null) {
      where.append(" AND d.unit_path LIKE (SELECT replace(replace(x.unit_path, '%', '\\%'), '_', '\\_') || '%'"
              + " FROM platform.unit_directory x WHERE x.unit_id = ")
          .append(bind(parameters, f.unitId()))
          .append(" AND x.agency_id = ")
          .append(bind(parameters, caller.agencyId()))
          .append(")");
    }
    Query count = em.createNativeQuery("SELECT count(*)" + where);
    Query rows =
        em.createNativeQuery(
            "SELECT p.id, p.employee_id, d.nip, d.name, d.unit_id, u.name, p.plan_year, p.status,"
                + " (SELECT count(*) FROM training.development_plan_gap g WHERE g.plan_id = p.id),"
                + " (SELECT count(*) FROM training.development_plan_activity a WHERE a.plan_id = p.id),"
                + " (SELECT coalesce(sum(a.planned_jp), 0) FROM training.development_plan_activity a WHERE a.plan_id = p.id),"
                + " p.version"
                + where
                + " ORDER BY p.plan_year DESC, d.name, p.id");
    for (int i = 0; i < parameters.size(); i++) {
      count.setParameter(i + 1, parameters.get(i));
      rows.setParameter(i + 1, parameters.get(i));
    }
    List<DevelopmentPlanView.Summary> items = new ArrayList<>();
    for (Object row : rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
      Object[] r = (Object[]) row;
      items.add(
          new DevelopmentPlanView.Summary(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue(),
              (String) r[5],
              ((Number) r[6]).intValue(),
              (String) r[7],
              ((Number) r[8]).intValue(),
              ((Number) r[9]).intValue(),
              ((Number) r[10]).intValue(),
              ((Number) r[11]).longValue()));
    }
    return new Page<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
  }

  static String bind(List<Object> parameters, Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  @Transactional
  public DevelopmentPlanView get(long id) {
    IndividualPlan plan = find(id);
    return view(plan, relationTo(plan));
  }

  /** Starts the caller's own plan for a year, optionally with its gaps and activities. */
  @Transactional
  public DevelopmentPlanView create(DevelopmentPlanInput input) {
    long me = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    int year = input.year == null ? LocalDate.now(directory.zone()).getYear() : input.year;
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("year", "must be a year from 2000 to 2100");
    }
    boolean exists =
        !em.createQuery(
                "select p.id from IndividualPlan p where p.agencyId = :agency and p.employeeId = :me and p.year = :year", Long.class)
            .setParameter("agency", caller.agencyId())
            .setParameter("me", me)
            .setParameter("year", year)
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new ConflictException("You already have a development plan for " + year);
    }
    IndividualPlan plan = IndividualPlan.draft(caller.agencyId(), me, year, caller.username());
    Contents contents = contents(me, input);
    plan.replace(contents.gaps(), contents.activities(), caller.username());
    em.persist(plan);
    PlanFlush.flush(em, "You already have a development plan for " + year);
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("year", new Object[] {null, year});
    changes.put("status", new Object[] {null, plan.getStatus().name()});
    changes.put("gaps", new Object[] {null, describeGaps(plan.getGaps())});
    changes.put("activities", new Object[] {null, describeActivities(plan.getActivities())});
    auditTrail.record(caller.agencyId(), SUBJECT, plan.getId(), AuditTrail.Action.CREATE, changes);
    return view(plan, Relation.OWNER);
  }

  /** Replaces the gaps and activities of the caller's own plan while it is a draft or returned. */
  @Transactional
  public DevelopmentPlanView replace(long id, long version, DevelopmentPlanInput input) {
    IndividualPlan plan = find(id);
    Relation relation = relationTo(plan);
    if (relation != Relation.OWNER) {
      throw new AccessDeniedException("Only the employee writes their development plan");
    }
    checkVersion(plan, version);
    if (input.year != null && input.year != plan.getYear()) {
      throw new InvalidInputException("year", "a plan does not move to another year");
    }
    if (!plan.getStatus().editable()) {
      throw new ConflictException("The plan is " + plan.getStatus() + ": it is no longer edited");
    }
    String gapsBefore = describeGaps(plan.getGaps());
    String activitiesBefore = describeActivities(plan.getActivities());
    Contents contents = contents(plan.getEmployeeId(), input);
    plan.replace(contents.gaps(), contents.activities(), caller.username());
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    String gapsAfter = describeGaps(plan.getGaps());
    String activitiesAfter = describeActivities(plan.getActivities());
    if (!gapsBefore.equals(gapsAfter)) {
      changes.put("gaps", new Object[] {gapsBefore, gapsAfter});
    }
    if (!activitiesBefore.equals(activitiesAfter)) {
      changes.put("activities", new Object[] {activitiesBefore, activitiesAfter});
    }
    if (!changes.isEmpty()) {
      auditTrail.record(caller.agencyId(), SUBJECT, plan.getId(), AuditTrail.Action.UPDATE, changes);
    }
    return view(plan, Relation.OWNER);
  }

  @Transactional
  public DevelopmentPlanView submit(long id, long version) {
    IndividualPlan plan = find(id);
    if (relationTo(plan) != Relation.OWNER) {
      throw new AccessDeniedException("Only the employee submits their development plan");
    }
    checkVersion(plan, version);
    Long supervisor = directory.employee(plan.getEmployeeId()).map(Directory.EmployeeInfo::supervisorId).orElse(null);
    PlanStatus before = plan.getStatus();
    try {
      plan.submit(supervisor, caller.username());
    } catch (IllegalStateException e) {
      throw new ConflictException("Development plan " + plan.getYear() + ": " + e.getMessage());
    }
    em.flush();
    audit(plan, before, Map.of("submittedTo", new Object[] {null, supervisor}));
    String text = "Rencana pengembangan individu " + plan.getYear() + " dari " + name(plan.getEmployeeId()) + " menunggu persetujuan Anda";
    if (supervisor != null) {
      notifications.notify(caller.agencyId(), supervisor, "DEVELOPMENT_PLAN_SUBMITTED", SUBJECT, plan.getId(), text);
    } else {
      notifications.notifyRole(caller.agencyId(), Role.HR_MANAGER, plan.getEmployeeId(), "DEVELOPMENT_PLAN_SUBMITTED", SUBJECT, plan.getId(), text);
    }
    return view(plan, Relation.OWNER);
  }

  @Transactional
  public DevelopmentPlanView approve(long id, long version) {
    return decide(id, version, null);
  }

  @Transactional
  public DevelopmentPlanView returnToEmployee(long id, long version, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "a returned plan needs a reason");
    }
    if (reason.length() > 1000) {
      throw new InvalidInputException("reason", "must be at most 1000 characters");
    }
    return decide(id, version, reason);
  }

  private DevelopmentPlanView decide(long id, long version, String reason) {
    IndividualPlan plan = find(id);
    Relation relation = relationTo(plan);
    if (relation != Relation.DECIDER) {
      throw new AccessDeniedException(
          relation == Relation.OWNER
              ? "Nobody approves or returns their own development plan"
              : "Only the employee's direct supervisor decides on this plan");
    }
    checkVersion(plan, version);
    long me = caller.employeeId().orElseThrow();
    PlanStatus before = plan.getStatus();
    try {
      if (reason == null) {
        plan.approve(me, caller.username());
      } else {
        plan.returnToEmployee(me, reason, caller.username());
      }
    } catch (IndividualPlan.SelfDecisionException e) {
      throw new AccessDeniedException("Nobody approves or returns their own development plan");
    } catch (IllegalStateException e) {
      throw new ConflictException("Development plan " + plan.getYear() + ": " + e.getMessage());
    }
    em.flush();
    audit(plan, before, reason == null ? Map.of() : Map.of("returnReason", new Object[] {null, plan.getReturnReason()}));
    String text =
        reason == null
            ? "Rencana pengembangan individu " + plan.getYear() + " Anda disetujui"
            : "Rencana pengembangan individu " + plan.getYear() + " Anda dikembalikan: " + plan.getReturnReason();
    notifications.notify(
        caller.agencyId(), plan.getEmployeeId(), reason == null ? "DEVELOPMENT_PLAN_APPROVED" : "DEVELOPMENT_PLAN_RETURNED", SUBJECT, plan.getId(), text);
    return view(plan, Relation.DECIDER);
  }

  private void audit(IndividualPlan plan, PlanStatus before, Map<String, Object[]> more) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("status", new Object[] {before.name(), plan.getStatus().name()});
    changes.putAll(more);
    auditTrail.record(caller.agencyId(), SUBJECT, plan.getId(), AuditTrail.Action.UPDATE, changes);
  }

  private static void checkVersion(IndividualPlan plan, long version) {
    if (plan.getVersion() != version) {
      throw new StaleVersionException("DevelopmentPlan", plan.getId());
    }
  }

  private IndividualPlan find(long id) {
    IndividualPlan plan = em.find(IndividualPlan.class, id);
    if (plan == null || plan.getAgencyId() != caller.agencyId()) {
      throw new NotFoundException("DevelopmentPlan", id);
    }
    return plan;
  }

  /** The caller's relation to the plan; 404 for anyone who may not see it. */
  Relation relationTo(IndividualPlan plan) {
    Long me = caller.employeeId().orElse(null);
    if (me != null && me == plan.getEmployeeId()) {
      return Relation.OWNER;
    }
    Directory.EmployeeInfo employee = directory.employee(plan.getEmployeeId()).orElse(null);
    Long supervisor = employee == null ? null : employee.supervisorId();
    if (me != null && caller.hasRole(Role.SUPERVISOR) && me.equals(supervisor)) {
      return Relation.DECIDER;
    }
    if (caller.hasRole(Role.HR_MANAGER)) {
      return me != null && supervisor == null ? Relation.DECIDER : Relation.READER;
    }
    throw new NotFoundException("DevelopmentPlan", plan.getId());
  }

  private record Contents(List<PlannedGap> gaps, List<PlannedActivity> activities) {}

  /**
   * Reads the input against the employee's profile (the gaps must be gaps there: below the position's
   * standard or never assessed) and the catalog (classes and courses the caller sees), all errors together.
   */
  private Contents contents(long employeeId, DevelopmentPlanInput in) {
    List<FieldError> errors = new ArrayList<>();
    List<PlannedGap> gaps = new ArrayList<>();
    // The input index of each gap and activity kept, so that the domain's findings name the client's index.
    List<Integer> gapAt = new ArrayList<>();
    List<Integer> activityAt = new ArrayList<>();
    List<DevelopmentPlanInput.GapInput> gapInputs = in.gaps == null ? List.of() : in.gaps;
    Map<Long, ProfileView.Line> profile = new HashMap<>();
    if (!gapInputs.isEmpty()) {
      for (ProfileView.Line line : profiles.profileOf(employeeId).competencies()) {
        profile.put(line.competencyId(), line);
      }
    }
    for (int i = 0; i < gapInputs.size(); i++) {
      DevelopmentPlanInput.GapInput g = gapInputs.get(i);
      String at = "gaps[" + i + "]";
      if (g == null || g.competencyId == null) {
        errors.add(new FieldError(null, at + ".competencyId", "must be given"));
        continue;
      }
      ProfileView.Line line = profile.get(g.competencyId);
      if (line == null || line.requiredLevel() == null) {
        errors.add(new FieldError(null, at + ".competencyId", "competency " + g.competencyId + " is not required by the position"));
        continue;
      }
      if (line.currentLevel() != null && line.currentLevel() >= line.requiredLevel()) {
        errors.add(new FieldError(null, at + ".competencyId", line.code() + " meets the standard: no gap to close"));
        continue;
      }
      gapAt.add(i);
      gaps.add(new PlannedGap(g.competencyId, line.currentLevel(), line.requiredLevel(), g.targetLevel == null ? line.requiredLevel() : g.targetLevel));
    }
    List<PlannedActivity> activities = new ArrayList<>();
    List<DevelopmentPlanInput.ActivityInput> activityInputs = in.activities == null ? List.of() : in.activities;
    for (int i = 0; i < activityInputs.size(); i++) {
      DevelopmentPlanInput.ActivityInput a = activityInputs.get(i);
      String at = "activities[" + i + "]";
      if (a == null) {
        errors.add(new FieldError(null, at, "must not be empty"));
        continue;
      }
      ActivityKind kind = parse(ActivityKind.class, a.kind, at + ".kind", errors);
      if (kind == null) {
        if (a.kind == null || a.kind.isBlank()) {
          errors.add(new FieldError(null, at + ".kind", "must be one of " + Arrays.toString(ActivityKind.values())));
        }
        continue;
      }
      Modality modality = parse(Modality.class, a.modality, at + ".modality", errors);
      Long courseId = a.courseId;
      Integer jp = a.plannedJp;
      if (kind == ActivityKind.CLASS && a.classId != null) {
        Optional<ClassSummary> k = catalog.trainingClass(a.classId);
        if (k.isEmpty()) {
          errors.add(new FieldError(null, at + ".classId", "no class " + a.classId + " in your agency's catalog"));
          continue;
        }
        if (courseId != null && courseId != k.get().courseId()) {
          errors.add(new FieldError(null, at + ".courseId", "is not the class's course"));
        }
        courseId = k.get().courseId();
      }
      if (courseId != null && (kind == ActivityKind.CLASS || kind == ActivityKind.COURSE)) {
        Optional<CourseSummary> course = catalog.course(courseId);
        if (course.isEmpty() || course.get().status() == CourseStatus.DRAFT) {
          errors.add(new FieldError(null, at + ".courseId", "no course " + courseId + " in your agency's catalog"));
          continue;
        }
        modality = course.get().modality();
        jp = jp == null ? course.get().lessonHours() : jp;
      }
      if (kind == ActivityKind.MENTORING && modality == null) {
        modality = Modality.MENTORING;
      }
      if (jp == null) {
        errors.add(new FieldError(null, at + ".plannedJp", "must be given"));
        jp = 0;
      }
      if (a.plannedQuarter == null) {
        errors.add(new FieldError(null, at + ".plannedQuarter", "must be a quarter from 1 to 4"));
      }
      activityAt.add(i);
      activities.add(
          new PlannedActivity(
              kind,
              a.competencyId,
              kind == ActivityKind.CLASS ? a.classId : null,
              courseId,
              modality,
              a.description,
              jp,
              a.plannedQuarter == null ? 1 : a.plannedQuarter));
    }
    for (FieldError found : IndividualPlan.problems(gaps, activities)) {
      FieldError e = new FieldError(null, renumber(renumber(found.field(), "gaps", gapAt), "activities", activityAt), found.message());
      if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Contents(gaps, activities);
  }

  /** "gaps[2].x" of the domain's list as "gaps[5].x" of the input's. */
  private static String renumber(String field, String list, List<Integer> inputIndex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^" + list + "\\[(\\d+)\\]").matcher(field);
    if (!m.find()) {
      return field;
    }
    int k = Integer.parseInt(m.group(1));
    return list + "[" + (k < inputIndex.size() ? inputIndex.get(k) : k) + "]" + field.substring(m.end());
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(null, field, "must be one of " + Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  private static String describeGaps(List<PlannedGap> gaps) {
    return gaps.stream().map(g -> g.getCompetencyId() + "->" + g.getTargetLevel()).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String describeActivities(List<PlannedActivity> activities) {
    return activities.stream()
        .map(a -> a.getKind() + (a.getClassId() != null ? " class " + a.getClassId() : a.getCourseId() != null ? " course " + a.getCourseId() : " " + a.getModality())
            + " " + a.getPlannedJp() + " JP Q" + a.getPlannedQuarter())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private String name(long employeeId) {
    return directory.employee(employeeId).map(Directory.EmployeeInfo::name).orElse("#" + employeeId);
  }

  private DevelopmentPlanView view(IndividualPlan plan, Relation relation) {
    ZoneId zone = directory.zone();
    Set<Long> ids = new HashSet<>();
    plan.getGaps().forEach(g -> ids.add(g.getCompetencyId()));
    Map<Long, CompetencyRef> refs = competencies.visible(ids);
    Map<Long, Optional<ClassSummary>> classes = new HashMap<>();
    Map<Long, Optional<CourseSummary>> courses = new HashMap<>();
    List<DevelopmentPlanView.Activity> activities = new ArrayList<>();
    for (PlannedActivity a : plan.getActivities()) {
      ClassSummary k = a.getClassId() == null ? null : classes.computeIfAbsent(a.getClassId(), catalog::trainingClass).orElse(null);
      CourseSummary c = a.getCourseId() == null ? null : courses.computeIfAbsent(a.getCourseId(), catalog::course).orElse(null);
      activities.add(
          new DevelopmentPlanView.Activity(
              a.getKind().name(),
              a.getCompetencyId(),
              a.getClassId(),
              k == null ? null : k.code(),
              a.getCourseId(),
              c == null ? null : c.code(),
              c == null ? null : c.title(),
              a.getModality(),
              a.getModality().classical(),
              a.getDescription(),
              a.getPlannedJp(),
              a.getPlannedQuarter()));
    }
    return new DevelopmentPlanView(
        plan.getId(),
        plan.getEmployeeId(),
        name(plan.getEmployeeId()),
        plan.getYear(),
        plan.getStatus().name(),
        plan.getSubmittedTo(),
        local(plan.getSubmittedAt(), zone),
        local(plan.getDecidedAt(), zone),
        plan.getDecidedBy(),
        plan.getReturnReason(),
        plan.getGaps().stream()
            .map(g -> {
              CompetencyRef ref = refs.get(g.getCompetencyId());
              return new DevelopmentPlanView.Gap(
                  g.getCompetencyId(), ref == null ? null : ref.code(), ref == null ? null : ref.name(),
                  g.getCurrentLevel(), g.getRequiredLevel(), g.getTargetLevel());
            })
            .toList(),
        activities,
        plan.getActivities().stream().mapToInt(PlannedActivity::getPlannedJp).sum(),
        relation == Relation.OWNER && plan.getStatus().editable(),
        relation == Relation.DECIDER && plan.getStatus() == PlanStatus.SUBMITTED,
        local(plan.getCreatedAt(), zone),
        plan.getCreatedBy(),
        local(plan.getUpdatedAt(), zone),
        plan.getUpdatedBy(),
        plan.getVersion());
  }

  static OffsetDateTime local(OffsetDateTime utc, ZoneId zone) {
    return utc == null ? null : utc.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
