package id.bina.training.application.plan;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.InvalidInputException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.training.ClassSummary;
import id.bina.training.DevelopmentPlans;
import id.bina.training.application.ClassService;
import id.bina.training.domain.plan.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link DevelopmentPlans} on top of the service the REST API uses; roles as the REST resource declares them. */
@ApplicationScoped
@Transactional
public class PublishedDevelopmentPlans implements DevelopmentPlans {

  @Inject Caller caller;

  @Inject DevelopmentPlanService plans;

  @Inject ClassService classes;

  private void requirePerson() {
    if (!caller.hasAnyRole(Role.HR_MANAGER, Role.SUPERVISOR, Role.EMPLOYEE, Role.MENTOR)) {
      throw new AccessDeniedException("Development plans are for the agency's employees");
    }
  }

  private void requireDecider() {
    if (!caller.hasAnyRole(Role.HR_MANAGER, Role.SUPERVISOR)) {
      throw new AccessDeniedException("Supervisors (and HR for people without one) decide on development plans");
    }
  }

  @Override
  public Page<Summary> list(Integer year, String status, PageRequest page) {
    requirePerson();
    return plans.list(new DevelopmentPlanService.Filter(year, status(status), null, null), page).map(PublishedDevelopmentPlans::summary);
  }

  @Override
  public Optional<Plan> mine(int year) {
    requirePerson();
    Long me = caller.employeeId().orElse(null);
    if (me == null) {
      return Optional.empty();
    }
    return plans.list(new DevelopmentPlanService.Filter(year, null, me, null), PageRequest.of(0, 1)).items().stream()
        .findFirst()
        .map(s -> plan(plans.get(s.id())));
  }

  @Override
  public Plan get(long id) {
    requirePerson();
    return plan(plans.get(id));
  }

  @Override
  public Plan create(int year, List<GapChoice> gaps, List<ActivityForm> activities) {
    requirePerson();
    DevelopmentPlanInput input = input(gaps, activities);
    input.year = year;
    return plan(plans.create(input));
  }

  @Override
  public Plan replace(long id, long version, List<GapChoice> gaps, List<ActivityForm> activities) {
    requirePerson();
    return plan(plans.replace(id, version, input(gaps, activities)));
  }

  @Override
  public Plan submit(long id, long version) {
    requirePerson();
    return plan(plans.submit(id, version));
  }

  @Override
  public Plan approve(long id, long version) {
    requireDecider();
    return plan(plans.approve(id, version));
  }

  @Override
  public Plan returnToEmployee(long id, long version, String reason) {
    requireDecider();
    return plan(plans.returnToEmployee(id, version, reason));
  }

  @Override
  public Page<ClassSummary> openClasses(PageRequest page) {
    requirePerson();
    return classes.list(new ClassService.Filter(null, null, null, null, true), page);
  }

  private static PlanStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return PlanStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "must be one of " + Arrays.toString(PlanStatus.values()));
    }
  }

  private static DevelopmentPlanInput input(List<GapChoice> gaps, List<ActivityForm> activities) {
    DevelopmentPlanInput input = new DevelopmentPlanInput();
    input.gaps = new ArrayList<>();
    for (GapChoice g : gaps == null ? List.<GapChoice>of() : gaps) {
      DevelopmentPlanInput.GapInput gap = new DevelopmentPlanInput.GapInput();
      gap.competencyId = g.competencyId();
      gap.targetLevel = g.targetLevel();
      input.gaps.add(gap);
    }
    input.activities = new ArrayList<>();
    for (ActivityForm a : activities == null ? List.<ActivityForm>of() : activities) {
      DevelopmentPlanInput.ActivityInput activity = new DevelopmentPlanInput.ActivityInput();
      activity.kind = a.kind();
      activity.competencyId = a.competencyId();
      activity.classId = a.classId();
      activity.courseId = a.courseId();
      activity.modality = a.modality();
      activity.description = a.description();
      activity.plannedJp = a.plannedJp();
      activity.plannedQuarter = a.plannedQuarter();
      input.activities.add(activity);
    }
    return input;
  }

  private static Summary summary(DevelopmentPlanView.Summary s) {
    return new Summary(
        s.id(), s.employeeId(), s.nip(), s.employeeName(), s.unitName(), s.year(), s.status(), s.gaps(), s.activities(), s.plannedJp(),
        s.version());
  }

  private static Plan plan(DevelopmentPlanView v) {
    return new Plan(
        v.id(),
        v.employeeId(),
        v.employeeName(),
        v.year(),
        v.status(),
        v.returnReason(),
        v.decidedBy(),
        v.gaps().stream()
            .map(g -> new Gap(g.competencyId(), g.code(), g.name(), g.currentLevel(), g.requiredLevel(), g.targetLevel()))
            .toList(),
        v.activities().stream()
            .map(a -> new Activity(
                a.kind(), a.competencyId(), a.classId(), a.classCode(), a.courseId(), a.courseCode(), a.courseTitle(), a.modality(),
                a.description(), a.plannedJp(), a.plannedQuarter()))
            .toList(),
        v.totalPlannedJp(),
        v.canEdit(),
        v.canDecide(),
        v.version());
  }
}
