package id.bina.training;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Individual development plans (IDP) for the portal, with the REST API's rules: the employee writes and
 * submits their own plan; their direct supervisor (HR for people without one) approves it or returns it with a
 * reason; nobody decides their own. Status is DRAFT, SUBMITTED, APPROVED or RETURNED.
 */
public interface DevelopmentPlans {

  record Summary(
      long id, long employeeId, String nip, String employeeName, String unitName, int year, String status, int gaps, int activities,
      int plannedJp, long version) {}

  record Gap(long competencyId, String code, String name, Integer currentLevel, int requiredLevel, int targetLevel) {}

  /** kind: CLASS, COURSE, MENTORING or NON_CLASSICAL. */
  record Activity(
      String kind, Long competencyId, Long classId, String classCode, Long courseId, String courseCode, String courseTitle,
      Modality modality, String description, int plannedJp, int plannedQuarter) {}

  /** {@code canEdit} and {@code canDecide} are for the caller. */
  record Plan(
      long id, long employeeId, String employeeName, int year, String status, String returnReason, String decidedBy, List<Gap> gaps,
      List<Activity> activities, int totalPlannedJp, boolean canEdit, boolean canDecide, long version) {}

  /** A gap of the employee's profile to work on; the target level defaults to the required level. */
  record GapChoice(long competencyId, Integer targetLevel) {}

  /** An activity as the employee writes it; kind and modality by name, planned JP defaults to the course's. */
  record ActivityForm(
      String kind, Long competencyId, Long classId, Long courseId, String modality, String description, Integer plannedJp,
      Integer plannedQuarter) {}

  /** The caller's own plans and their direct reports' (HR: the agency's); {@code year}, {@code status} null for all. */
  Page<Summary> list(Integer year, String status, PageRequest page);

  /** The caller's own plan of a year, if they started one. */
  Optional<Plan> mine(int year);

  Plan get(long id);

  /** Starts the caller's plan of a year. */
  Plan create(int year, List<GapChoice> gaps, List<ActivityForm> activities);

  Plan replace(long id, long version, List<GapChoice> gaps, List<ActivityForm> activities);

  Plan submit(long id, long version);

  Plan approve(long id, long version);

  Plan returnToEmployee(long id, long version, String reason);

  /** Classes open for enrolment now, to plan as activities. */
  Page<ClassSummary> openClasses(PageRequest page);
}
