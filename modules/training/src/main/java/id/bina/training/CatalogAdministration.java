package id.bina.training;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The HR manager's upkeep of the catalog for the portal: courses, their classes and each class's life and
 * rules, with the REST API's services and rules (writes by HR managers only; a stale version fails; another
 * agency's course or class does not exist). Forms carry enumerations and dates as text, as the API does, so
 * that the service reports every wrong field at once.
 */
public interface CatalogAdministration {

  /** A competency the course builds (or requires) and to which level; code and name for display. */
  record CompetencyLevel(long competencyId, String code, String name, int level) {}

  /** A course as HR writes it; type, modality and provider kind by enumeration name. */
  record CourseForm(
      String code,
      String title,
      String description,
      String type,
      String leadershipProgramme,
      String modality,
      Integer lessonHours,
      String providerKind,
      String providerName,
      Long costPerParticipant,
      List<CompetencyLevel> targets,
      List<Long> prerequisiteCourseIds,
      List<CompetencyLevel> prerequisiteLevels,
      List<String> eligibleRanks,
      List<String> eligiblePositionClasses,
      List<Long> eligibleUnitIds) {}

  record Course(
      long id,
      String code,
      String title,
      String description,
      CourseType type,
      LeadershipProgramme leadershipProgramme,
      Modality modality,
      int lessonHours,
      String providerKind,
      String providerName,
      long costPerParticipant,
      List<CompetencyLevel> targets,
      List<Long> prerequisiteCourseIds,
      List<CompetencyLevel> prerequisiteLevels,
      List<String> eligibleRanks,
      List<String> eligiblePositionClasses,
      List<Long> eligibleUnitIds,
      CourseStatus status,
      long version) {

    /** The course as a form, to change some fields and keep the rest. */
    public CourseForm form() {
      return new CourseForm(
          code, title, description, type.name(), leadershipProgramme == null ? null : leadershipProgramme.name(),
          modality.name(), lessonHours, providerKind, providerName, costPerParticipant, targets, prerequisiteCourseIds,
          prerequisiteLevels, eligibleRanks, eligiblePositionClasses, eligibleUnitIds);
    }
  }

  /** Courses by text (all when blank) and status (all when null), drafts included for HR. */
  Page<CourseSummary> courses(String text, CourseStatus status, PageRequest page);

  Course course(long id);

  /** Adds a course as a draft. */
  Course createCourse(CourseForm form);

  Course replaceCourse(long id, long version, CourseForm form);

  Course publishCourse(long id, long version);

  Course retireCourse(long id, long version);

  /** A session as HR writes it: date yyyy-mm-dd, times hh:mm in the agency's zone. */
  record SessionForm(String date, String startsAt, String endsAt) {}

  /** Seats kept for a unit (and the units below it). */
  record Quota(long unitId, int seats) {}

  /** A trainer: an employee of the agency, or an outside person by name. */
  record TrainerForm(Long employeeId, String externalName) {}

  record ClassForm(
      String code,
      String name,
      List<SessionForm> sessions,
      String venue,
      String onlineLink,
      Integer capacity,
      String enrolmentOpens,
      String enrolmentCloses,
      List<Quota> quotas,
      List<TrainerForm> trainers) {}

  record Session(LocalDate date, LocalTime startsAt, LocalTime endsAt) {}

  record Trainer(Long employeeId, String nip, String name, boolean external) {}

  record TrainingClass(
      long id,
      long courseId,
      String courseCode,
      String courseTitle,
      int lessonHours,
      String code,
      String name,
      List<Session> sessions,
      String venue,
      String onlineLink,
      int capacity,
      int seatsTaken,
      LocalDate enrolmentOpens,
      LocalDate enrolmentCloses,
      boolean openForEnrolment,
      List<Quota> quotas,
      List<Trainer> trainers,
      ClassStatus status,
      String cancelReason,
      long version) {}

  /** Classes by first session; {@code courseId} and {@code status} null for all. */
  Page<ClassSummary> classes(Long courseId, ClassStatus status, PageRequest page);

  TrainingClass trainingClass(long id);

  /** Plans a class of the course, as a draft. */
  TrainingClass createClass(long courseId, ClassForm form);

  TrainingClass replaceClass(long id, long version, ClassForm form);

  /** Opens, closes, starts, completes or cancels (with a reason) a class; a move its status forbids is a conflict. */
  TrainingClass moveClass(long id, long version, ClassStatus target, String reason);

  /** How a class runs enrolment and completion; {@code version} 0 while on the defaults. */
  record Rules(
      int attendanceThreshold,
      BigDecimal passingScore,
      boolean hrConfirmation,
      String waitlistPriority,
      Integer certificateValidityMonths,
      long version) {}

  Rules rules(long classId);

  Rules writeRules(long classId, long version, Rules rules);

  /** An employee of the agency, for naming trainers. */
  record Person(long id, String nip, String name, String unitName) {}

  /** The active employee of the caller's agency with this NIP. */
  Optional<Person> personByNip(String nip);

  /** A unit of the caller's agency, for quotas and plan targets; {@code depth} 0 for a root unit. */
  record Unit(long id, String code, String name, int depth) {}

  /** The units of the caller's agency in tree order (at most 1,000). */
  List<Unit> units();
}
