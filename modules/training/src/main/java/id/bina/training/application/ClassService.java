package id.bina.training.application;

import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import id.bina.training.ClassStatus;
import id.bina.training.ClassSummary;
import id.bina.training.CourseStatus;
import id.bina.training.domain.ClassDetails;
import id.bina.training.domain.Course;
import id.bina.training.domain.SeatQuota;
import id.bina.training.domain.Session;
import id.bina.training.domain.Trainer;
import id.bina.training.domain.TrainingClass;
import id.bina.training.infrastructure.ClassCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classes (offerings) of the agency's courses. HR managers plan them and move them through their life with
 * explicit actions; everyone of the agency sees the classes that are no longer drafts.
 */
@ApplicationScoped
public class ClassService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject CourseService courses;

  @Inject AttendanceService attendance;

  @Inject EnrolmentService enrolments;

  /** Filters of the class list; null means "any". */
  public record Filter(
      Long courseId, ClassStatus status, LocalDate from, LocalDate to, boolean openForEnrolment) {}

  /** Classes by first session, paged; one query for the page and one for the count. */
  @Transactional
  public Page<ClassSummary> list(Filter f, PageRequest page) {
    if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
      throw new InvalidInputException("from", "must not be after to");
    }
    StringBuilder where = new StringBuilder(" from TrainingClass k, Course c where c.id = k.courseId and k.agencyId = :agency");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("agency", caller.agencyId());
    if (!courses.seesDrafts()) {
      where.append(" and k.status <> :draftClass and c.status = :published");
      parameters.put("draftClass", ClassStatus.DRAFT);
      parameters.put("published", CourseStatus.PUBLISHED);
    }
    if (f.courseId() != null) {
      where.append(" and k.courseId = :course");
      parameters.put("course", f.courseId());
    }
    if (f.status() != null) {
      where.append(" and k.status = :status");
      parameters.put("status", f.status());
    }
    if (f.from() != null) {
      where.append(" and k.lastSessionOn >= :from");
      parameters.put("from", f.from());
    }
    if (f.to() != null) {
      where.append(" and k.firstSessionOn <= :to");
      parameters.put("to", f.to());
    }
    if (f.openForEnrolment()) {
      where.append(" and k.status = :open and k.enrolmentOpens <= :today and k.enrolmentCloses >= :today");
      parameters.put("open", ClassStatus.OPEN);
      parameters.put("today", today());
    }
    TypedQuery<Long> count = em.createQuery("select count(k)" + where, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery("select k, c" + where + " order by k.firstSessionOn, k.id", Object[].class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<ClassSummary> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(r -> summary((TrainingClass) r[0], (Course) r[1]))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Transactional
  public ClassView get(long id) {
    TrainingClass k = visible(id);
    return view(k, em.find(Course.class, k.getCourseId()));
  }

  @Transactional
  public ClassView create(ClassInput input) {
    if (input.courseId == null) {
      throw new InvalidInputException("courseId", "must be given");
    }
    Course course;
    try {
      course = courses.visible(input.courseId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("courseId", "no course " + input.courseId + " in your agency");
    }
    if (course.getStatus() == CourseStatus.RETIRED) {
      throw new ConflictException("Course " + course.getCode() + " is retired: it gets no new classes");
    }
    ClassDetails details = details(input);
    ensureCodeFree(details.code(), null);
    TrainingClass k = TrainingClass.draft(caller.agencyId(), course.getId(), details, caller.username());
    em.persist(k);
    CourseService.flush(em, "Your agency already has a class with code " + details.code());
    return view(k, course);
  }

  /**
   * Replaces a class's details. The class row is locked first (like a seat reservation), so the seats taken
   * it checks a new capacity against cannot change meanwhile; a raised capacity goes to the waitlist at once.
   */
  @Transactional
  public ClassView replace(long id, long version, ClassInput input) {
    TrainingClass k = visible(id);
    Sql sql = Sql.of(em);
    EnrolmentService.lockClass(sql, id);
    em.refresh(k);
    if (k.getVersion() != version) {
      throw new StaleVersionException("Class", id);
    }
    int capacityBefore = k.getCapacity();
    if (input.courseId != null && input.courseId != k.getCourseId()) {
      throw new InvalidInputException("courseId", "a class does not move to another course");
    }
    ClassDetails details = details(input);
    if (!details.code().equals(k.getCode())) {
      ensureCodeFree(details.code(), id);
    }
    checkPool(sql, k, details);
    try {
      k.replace(details, caller.username());
    } catch (IllegalStateException e) {
      throw new ConflictException("Class " + k.getCode() + ": " + e.getMessage());
    }
    CourseService.flush(em, "Your agency already has a class with code " + details.code());
    if (k.getCapacity() > capacityBefore) {
      enrolments.promoteWaitlisted(sql, k, k.getCapacity() - capacityBefore, "ditambah kursinya");
      em.refresh(k);
    }
    return view(k, em.find(Course.class, k.getCourseId()));
  }

  /**
   * Sets only the capacity (seats) of a class, with If-Match: raising it promotes the waitlist in order;
   * lowering it below the seats already taken is refused (409).
   */
  @Transactional
  public ClassView changeCapacity(long id, long version, Integer capacity) {
    if (capacity == null) {
      throw new InvalidInputException("capacity", "must be given");
    }
    TrainingClass k = visible(id);
    ClassInput input = new ClassInput();
    input.courseId = k.getCourseId();
    input.code = k.getCode();
    input.name = k.getName();
    input.venue = k.getVenue();
    input.onlineLink = k.getOnlineLink();
    input.capacity = capacity;
    input.enrolmentOpens = k.getEnrolmentOpens().toString();
    input.enrolmentCloses = k.getEnrolmentCloses().toString();
    input.sessions = new ArrayList<>();
    for (Session s : k.getSessions()) {
      ClassInput.SessionInput in = new ClassInput.SessionInput();
      in.date = s.getDate().toString();
      in.startsAt = s.getStartsAt().toString();
      in.endsAt = s.getEndsAt().toString();
      input.sessions.add(in);
    }
    input.quotas = new ArrayList<>();
    for (SeatQuota q : k.getQuotas()) {
      ClassInput.QuotaInput in = new ClassInput.QuotaInput();
      in.unitId = q.getUnitId();
      in.seats = q.getSeats();
      input.quotas.add(in);
    }
    input.trainers = new ArrayList<>();
    for (Trainer t : k.getTrainers()) {
      ClassInput.TrainerInput in = new ClassInput.TrainerInput();
      in.employeeId = t.getEmployeeId();
      in.externalName = t.getExternalName();
      input.trainers.add(in);
    }
    return replace(id, version, input);
  }

  /**
   * The pool outside the unit quotas must still hold the pool seats already taken; otherwise a lowered
   * capacity would let the quotas oversell the class later.
   */
  private void checkPool(Sql sql, TrainingClass k, ClassDetails details) {
    if (details.capacity() == null || details.capacity() < k.getSeatsTaken()) {
      return; // the class itself refuses a capacity below the seats taken
    }
    Long poolTaken = sql.number("SELECT pool_seats_taken FROM training.training_class WHERE id = ?", k.getId());
    int quotaSeats = details.quotas().stream().mapToInt(SeatQuota::getSeats).sum();
    if (poolTaken != null && details.capacity() - quotaSeats < poolTaken) {
      throw new ConflictException(
          "Class " + k.getCode() + ": the capacity cannot drop to " + details.capacity() + ": " + poolTaken
              + " seats outside the unit quotas (" + quotaSeats + " seats) are already taken");
    }
  }

  /**
   * Moves a class in its life. Opening needs a published course; cancelling needs a reason. A move its
   * status does not allow is a conflict (409).
   */
  @Transactional
  public ClassView move(long id, long version, ClassStatus target, String reason) {
    TrainingClass k = visible(id);
    if (k.getVersion() != version) {
      throw new StaleVersionException("Class", id);
    }
    if (target == ClassStatus.CANCELLED && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "a cancellation needs a reason");
    }
    if (reason != null && reason.length() > 1000) {
      throw new InvalidInputException("reason", "must be at most 1000 characters");
    }
    Course course = em.find(Course.class, k.getCourseId());
    if (target == ClassStatus.OPEN && course.getStatus() != CourseStatus.PUBLISHED) {
      throw new ConflictException("Course " + course.getCode() + " is " + course.getStatus() + ": publish it before opening a class");
    }
    try {
      k.moveTo(target, reason, caller.username());
    } catch (IllegalStateException e) {
      throw new ConflictException("Class " + k.getCode() + ": " + e.getMessage());
    }
    em.flush();
    // The enrolments follow the class in the same transaction (participants decided, JP credited).
    switch (target) {
      case RUNNING -> attendance.classStarted(k);
      case COMPLETED -> attendance.classCompleted(k, course);
      case CANCELLED -> attendance.classCancelled(k);
      default -> {}
    }
    return view(k, course);
  }

  /** The class's sessions as an iCalendar file (times in UTC), for everyone who sees the class. */
  @Transactional
  public String calendar(long id) {
    TrainingClass k = visible(id);
    Course c = em.find(Course.class, k.getCourseId());
    ZoneId zone = directory.zone();
    List<ClassCalendar.Event> events = new ArrayList<>();
    List<Session> sessions = k.getSessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session s = sessions.get(i);
      events.add(
          new ClassCalendar.Event(
              i, s.getDate().atTime(s.getStartsAt()).atZone(zone).toInstant(), s.getDate().atTime(s.getEndsAt()).atZone(zone).toInstant()));
    }
    return ClassCalendar.write(
        k.getId(), c.getTitle() + " - " + k.getName(), c.getCode() + " " + c.getTitle() + ", " + c.getLessonHours() + " JP",
        k.getVenue(), k.getOnlineLink(), events);
  }

  Optional<ClassSummary> summaryOf(long id) {
    try {
      TrainingClass k = visible(id);
      return Optional.of(summary(k, em.find(Course.class, k.getCourseId())));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The class if the caller may see it: their agency's; drafts (or classes of draft courses) only for managers. */
  TrainingClass visible(long id) {
    TrainingClass k = em.find(TrainingClass.class, id);
    if (k == null || k.getAgencyId() != caller.agencyId()) {
      throw new NotFoundException("Class", id);
    }
    if (!courses.seesDrafts()) {
      Course course = em.find(Course.class, k.getCourseId());
      if (k.getStatus() == ClassStatus.DRAFT || course.getStatus() != CourseStatus.PUBLISHED) {
        throw new NotFoundException("Class", id);
      }
    }
    return k;
  }

  LocalDate today() {
    return LocalDate.now(directory.zone());
  }

  private void ensureCodeFree(String code, Long except) {
    boolean taken =
        em.createQuery("select k.id from TrainingClass k where k.agencyId = :agency and k.code = :code", Long.class)
            .setParameter("agency", caller.agencyId())
            .setParameter("code", code)
            .getResultStream()
            .anyMatch(other -> !other.equals(except));
    if (taken) {
      throw new ConflictException("Your agency already has a class with code " + code);
    }
  }

  /** Parses dates and times by hand and checks the domain's rules and the trainers, all reported together. */
  private ClassDetails details(ClassInput in) {
    List<FieldError> errors = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    List<ClassInput.SessionInput> sessionInputs = in.sessions == null ? List.of() : in.sessions;
    for (int i = 0; i < sessionInputs.size(); i++) {
      ClassInput.SessionInput s = sessionInputs.get(i);
      String at = "sessions[" + i + "]";
      if (s == null) {
        errors.add(new FieldError(null, at, "must not be empty"));
        continue;
      }
      sessions.add(
          new Session(date(s.date, at + ".date", errors), time(s.startsAt, at + ".startsAt", errors), time(s.endsAt, at + ".endsAt", errors)));
    }
    List<SeatQuota> quotas = new ArrayList<>();
    List<ClassInput.QuotaInput> quotaInputs = in.quotas == null ? List.of() : in.quotas;
    for (int i = 0; i < quotaInputs.size(); i++) {
      ClassInput.QuotaInput q = quotaInputs.get(i);
      if (q == null || q.unitId == null || q.seats == null) {
        errors.add(new FieldError(null, "quotas[" + i + "]", "needs a unitId and seats"));
        continue;
      }
      if (!unitOfAgency(q.unitId)) {
        errors.add(new FieldError(null, "quotas[" + i + "].unitId", "no unit " + q.unitId + " in your agency"));
        continue;
      }
      quotas.add(new SeatQuota(q.unitId, q.seats));
    }
    List<Trainer> trainers = new ArrayList<>();
    List<ClassInput.TrainerInput> trainerInputs = in.trainers == null ? List.of() : in.trainers;
    for (int i = 0; i < trainerInputs.size(); i++) {
      ClassInput.TrainerInput t = trainerInputs.get(i);
      if (t == null) {
        errors.add(new FieldError(null, "trainers[" + i + "]", "give either an employeeId or an externalName"));
        continue;
      }
      if (t.employeeId != null && directory.employee(t.employeeId).isEmpty()) {
        errors.add(new FieldError(null, "trainers[" + i + "].employeeId", "no employee " + t.employeeId + " in your agency"));
      }
      trainers.add(new Trainer(t.employeeId, t.externalName == null || t.externalName.isBlank() ? null : t.externalName.trim()));
    }
    ClassDetails details =
        new ClassDetails(
            in.code == null ? null : in.code.trim(),
            in.name == null ? null : in.name.trim(),
            sessions,
            in.venue,
            in.onlineLink == null ? null : in.onlineLink.trim(),
            in.capacity,
            date(in.enrolmentOpens, "enrolmentOpens", errors),
            date(in.enrolmentCloses, "enrolmentCloses", errors),
            quotas,
            trainers);
    for (FieldError e : details.problems()) {
      if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return details;
  }

  private static LocalDate date(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null; // the domain reports a missing date
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(null, field, "must be a date (yyyy-mm-dd)"));
      return null;
    }
  }

  private static LocalTime time(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(null, field, "must be a time (hh:mm)"));
      return null;
    }
  }

  static ClassSummary summary(TrainingClass k, Course c) {
    return new ClassSummary(
        k.getId(),
        c.getId(),
        c.getCode(),
        c.getTitle(),
        k.getCode(),
        k.getName(),
        k.getStatus(),
        k.getCapacity(),
        k.getSeatsTaken(),
        k.getEnrolmentOpens(),
        k.getEnrolmentCloses(),
        k.getFirstSessionOn(),
        k.getLastSessionOn(),
        c.getLessonHours());
  }

  private ClassView view(TrainingClass k, Course c) {
    ZoneId zone = directory.zone();
    return new ClassView(
        k.getId(),
        c.getId(),
        c.getCode(),
        c.getTitle(),
        c.getLessonHours(),
        k.getCode(),
        k.getName(),
        zone.getId(),
        k.getSessions().stream().map(s -> new ClassView.SessionView(s.getDate(), s.getStartsAt(), s.getEndsAt())).toList(),
        k.getVenue(),
        k.getOnlineLink(),
        k.getCapacity(),
        k.getSeatsTaken(),
        k.getCapacity() - k.getSeatsTaken(),
        k.getEnrolmentOpens(),
        k.getEnrolmentCloses(),
        k.isOpenForEnrolment(LocalDate.now(zone)),
        k.getQuotas().stream()
            .sorted(java.util.Comparator.comparingLong(SeatQuota::getUnitId))
            .map(q -> new ClassView.Quota(q.getUnitId(), q.getSeats()))
            .toList(),
        k.getTrainers().stream()
            .map(
                t -> t.getEmployeeId() == null
                    ? new ClassView.TrainerView(null, t.getExternalName(), true)
                    : new ClassView.TrainerView(
                        t.getEmployeeId(),
                        directory.employee(t.getEmployeeId()).map(e -> e.name()).orElse(null),
                        false))
            .toList(),
        k.getStatus(),
        k.getCancelReason(),
        k.getFirstSessionOn(),
        k.getLastSessionOn(),
        CourseService.local(k.getCreatedAt(), zone),
        k.getCreatedBy(),
        CourseService.local(k.getUpdatedAt(), zone),
        k.getUpdatedBy(),
        k.getVersion());
  }

  /** Whether the unit belongs to the caller's agency (the platform's published unit directory). */
  private boolean unitOfAgency(long unitId) {
    return !em.createNativeQuery("SELECT 1 FROM platform.unit_directory WHERE unit_id = ?1 AND agency_id = ?2")
        .setParameter(1, unitId)
        .setParameter(2, caller.agencyId())
        .getResultList()
        .isEmpty();
  }
}
