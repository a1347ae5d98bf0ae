package id.bina.training.application;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.training.CatalogAdministration;
import id.bina.training.ClassStatus;
import id.bina.training.ClassSummary;
import id.bina.training.CourseStatus;
import id.bina.training.CourseSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link CatalogAdministration} on top of the course, class and class-rules services the REST API uses; one
 * transaction per call, so that a class and its trainers' NIPs are read together.
 */
@ApplicationScoped
@Transactional
public class PublishedCatalogAdministration implements CatalogAdministration {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject CourseService courses;

  @Inject ClassService classes;

  @Inject ClassRulesService rules;

  /** The REST resources check roles with @RolesAllowed; this entry point checks them itself. */
  private void requireHr() {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("The catalog is kept by HR managers");
    }
  }

  @Override
  public Page<CourseSummary> courses(String text, CourseStatus status, PageRequest page) {
    return courses.search(
        new CourseService.Filter(text == null || text.isBlank() ? null : text, null, null, null, null, null, null, status, null, null, null),
        page);
  }

  @Override
  public Course course(long id) {
    return course(courses.get(id));
  }

  @Override
  public Course createCourse(CourseForm form) {
    requireHr();
    return course(courses.create(input(form)));
  }

  @Override
  public Course replaceCourse(long id, long version, CourseForm form) {
    requireHr();
    return course(courses.replace(id, version, input(form)));
  }

  @Override
  public Course publishCourse(long id, long version) {
    requireHr();
    return course(courses.publish(id, version));
  }

  @Override
  public Course retireCourse(long id, long version) {
    requireHr();
    return course(courses.retire(id, version));
  }

  @Override
  public Page<ClassSummary> classes(Long courseId, ClassStatus status, PageRequest page) {
    return classes.list(new ClassService.Filter(courseId, status, null, null, false), page);
  }

  @Override
  public TrainingClass trainingClass(long id) {
    return trainingClass(classes.get(id));
  }

  @Override
  public TrainingClass createClass(long courseId, ClassForm form) {
    requireHr();
    ClassInput input = input(form);
    input.courseId = courseId;
    return trainingClass(classes.create(input));
  }

  @Override
  public TrainingClass replaceClass(long id, long version, ClassForm form) {
    requireHr();
    return trainingClass(classes.replace(id, version, input(form)));
  }

  @Override
  public TrainingClass moveClass(long id, long version, ClassStatus target, String reason) {
    requireHr();
    return trainingClass(classes.move(id, version, target, reason));
  }

  @Override
  public Rules rules(long classId) {
    return rules(rules.get(classId));
  }

  @Override
  public Rules writeRules(long classId, long version, Rules wanted) {
    requireHr();
    ClassRulesInput input = new ClassRulesInput();
    input.attendanceThreshold = wanted.attendanceThreshold();
    input.passingScore = wanted.passingScore();
    input.hrConfirmation = wanted.hrConfirmation();
    input.waitlistPriority = wanted.waitlistPriority();
    input.certificateValidityMonths = wanted.certificateValidityMonths();
    return rules(rules.replace(classId, version, input));
  }

  /** Through the platform's published employee directory view: active people of the caller's agency only. */
  @Override
  public Optional<Person> personByNip(String nip) {
    if (nip == null || nip.isBlank()) {
      return Optional.empty();
    }
    return Sql.of(em)
        .list(
            "SELECT d.employee_id, d.nip, d.name, u.name FROM platform.employee_directory d"
                + " JOIN platform.unit_directory u ON u.unit_id = d.unit_id WHERE d.agency_id = ? AND d.nip = ? AND d.active",
            r -> new Person(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)),
            caller.agencyId(),
            nip.trim())
        .stream()
        .findFirst();
  }

  @Override
  public List<Unit> units() {
    return Sql.of(em)
        .list(
            "SELECT unit_id, code, name, unit_path FROM platform.unit_directory WHERE agency_id = ? ORDER BY unit_path, name LIMIT 1000",
            r -> new Unit(r.getLong(1), r.getString(2), r.getString(3), Math.max(0, (int) r.getString(4).chars().filter(c -> c == '/').count() - 2)),
            caller.agencyId());
  }

  private static CourseInput input(CourseForm f) {
    CourseInput in = new CourseInput();
    in.code = f.code();
    in.title = f.title();
    in.description = f.description();
    in.type = f.type();
    in.leadershipProgramme = f.leadershipProgramme();
    in.modality = f.modality();
    in.lessonHours = f.lessonHours();
    in.provider = new CourseInput.ProviderInput();
    in.provider.kind = f.providerKind();
    in.provider.name = f.providerName();
    in.costPerParticipant = f.costPerParticipant();
    in.targetCompetencies = new ArrayList<>();
    for (CompetencyLevel t : nonNull(f.targets())) {
      CourseInput.TargetInput target = new CourseInput.TargetInput();
      target.competencyId = t.competencyId();
      target.targetLevel = t.level();
      in.targetCompetencies.add(target);
    }
    in.prerequisites = new CourseInput.PrerequisitesInput();
    in.prerequisites.courseIds = new ArrayList<>(nonNull(f.prerequisiteCourseIds()));
    in.prerequisites.competencies = new ArrayList<>();
    for (CompetencyLevel l : nonNull(f.prerequisiteLevels())) {
      CourseInput.LevelInput level = new CourseInput.LevelInput();
      level.competencyId = l.competencyId();
      level.minLevel = l.level();
      in.prerequisites.competencies.add(level);
    }
    in.eligibility = new CourseInput.EligibilityInput();
    in.eligibility.ranks = new ArrayList<>(nonNull(f.eligibleRanks()));
    in.eligibility.positionClasses = new ArrayList<>(nonNull(f.eligiblePositionClasses()));
    in.eligibility.unitIds = new ArrayList<>(nonNull(f.eligibleUnitIds()));
    return in;
  }

  private static ClassInput input(ClassForm f) {
    ClassInput in = new ClassInput();
    in.code = f.code();
    in.name = f.name();
    in.sessions = new ArrayList<>();
    for (SessionForm s : nonNull(f.sessions())) {
      ClassInput.SessionInput session = new ClassInput.SessionInput();
      session.date = s.date();
      session.startsAt = s.startsAt();
      session.endsAt = s.endsAt();
      in.sessions.add(session);
    }
    in.venue = f.venue();
    in.onlineLink = f.onlineLink();
    in.capacity = f.capacity();
    in.enrolmentOpens = f.enrolmentOpens();
    in.enrolmentCloses = f.enrolmentCloses();
    in.quotas = new ArrayList<>();
    for (Quota q : nonNull(f.quotas())) {
      ClassInput.QuotaInput quota = new ClassInput.QuotaInput();
      quota.unitId = q.unitId();
      quota.seats = q.seats();
      in.quotas.add(quota);
    }
    in.trainers = new ArrayList<>();
    for (TrainerForm t : nonNull(f.trainers())) {
      ClassInput.TrainerInput trainer = new ClassInput.TrainerInput();
      trainer.employeeId = t.employeeId();
      trainer.externalName = t.externalName();
      in.trainers.add(trainer);
    }
    return in;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Course course(CourseView v) {
    return new Course(
        v.id(),
        v.code(),
        v.title(),
        v.description(),
        v.type(),
        v.leadershipProgramme(),
        v.modality(),
        v.lessonHours(),
        v.provider().kind(),
        v.provider().name(),
        v.costPerParticipant(),
        v.targetCompetencies().stream().map(t -> new CompetencyLevel(t.competencyId(), t.code(), t.name(), t.targetLevel())).toList(),
        v.prerequisites().courses().stream().map(CourseView.CourseRef::id).toList(),
        v.prerequisites().competencies().stream().map(l -> new CompetencyLevel(l.competencyId(), l.code(), l.name(), l.minLevel())).toList(),
        v.eligibility().ranks(),
        v.eligibility().positionClasses(),
        v.eligibility().unitIds(),
        v.status(),
        v.version());
  }

  /** The class with its trainers' NIPs (from the published employee directory view), for the form to show. */
  private TrainingClass trainingClass(ClassView v) {
    List<Long> ids = v.trainers().stream().map(ClassView.TrainerView::employeeId).filter(id -> id != null).toList();
    java.util.Map<Long, String> nips = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      List<Object> parameters = new ArrayList<>();
      parameters.add(caller.agencyId());
      parameters.addAll(ids);
      Sql.of(em)
          .list(
              "SELECT employee_id, nip FROM platform.employee_directory WHERE agency_id = ? AND employee_id IN ("
                  + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")",
              r -> nips.put(r.getLong(1), r.getString(2)),
              parameters.toArray());
    }
    return new TrainingClass(
        v.id(),
        v.courseId(),
        v.courseCode(),
        v.courseTitle(),
        v.lessonHours(),
        v.code(),
        v.name(),
        v.sessions().stream().map(s -> new Session(s.date(), s.startsAt(), s.endsAt())).toList(),
        v.venue(),
        v.onlineLink(),
        v.capacity(),
        v.seatsTaken(),
        v.enrolmentOpens(),
        v.enrolmentCloses(),
        v.openForEnrolment(),
        v.quotas().stream().map(q -> new Quota(q.unitId(), q.seats())).toList(),
        v.trainers().stream().map(t -> new Trainer(t.employeeId(), t.employeeId() == null ? null : nips.get(t.employeeId()), t.name(), t.external())).toList(),
        v.status(),
        v.cancelReason(),
        v.version());
  }

  private static Rules rules(ClassRulesView v) {
    return new Rules(
        v.attendanceThreshold(), v.passingScore(), v.hrConfirmation(), v.waitlistPriority(), v.certificateValidityMonths(), v.version());
  }
}
