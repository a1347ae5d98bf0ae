package id.bina.portal.web;

import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.CompetencyAdministration;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import id.bina.training.CatalogAdministration;
import id.bina.training.CatalogAdministration.ClassForm;
import id.bina.training.CatalogAdministration.CompetencyLevel;
import id.bina.training.CatalogAdministration.Course;
import id.bina.training.CatalogAdministration.CourseForm;
import id.bina.training.CatalogAdministration.Quota;
import id.bina.training.CatalogAdministration.SessionForm;
import id.bina.training.CatalogAdministration.TrainerForm;
import id.bina.training.CatalogAdministration.TrainingClass;
import id.bina.training.ClassStatus;
import id.bina.training.ClassSummary;
import id.bina.training.CourseStatus;
import id.bina.training.CourseType;
import id.bina.training.EnrolmentStatus;
import id.bina.training.EnrolmentView;
import id.bina.training.Enrolments;
import id.bina.training.LeadershipProgramme;
import id.bina.training.Modality;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HR manager's catalog pages: courses (search, add, edit, publish, retire) and their classes (plan, edit,
 * open, close, start, complete, cancel; rules; enrolments and waitlist). Forms with rows that vary (target
 * competencies, sessions, quotas, trainers) are plain inputs read by name; after a refused save the page shows
 * what was typed. The training module enforces every rule.
 */
@Named("catalogAdmin")
@RequestScoped
public class CatalogAdminPages {

  /** Blank rows offered below the filled ones. */
  private static final int SPARE_ROWS = 2;

  @Inject CatalogAdministration admin;

  @Inject Enrolments enrolments;

  @Inject CompetencyAdministration competencies;

  private Course course;
  private Course classCourse;
  private Map<String, Object> courseForm;
  private Map<String, Object> classForm;
  private TrainingClass trainingClass;
  private CatalogAdministration.Rules rules;
  private List<EnrolmentView> participants;
  private List<Map<String, Object>> competencyChoices;
  private List<Map<String, Object>> unitChoices;

  // ---- choices ----

  public List<String> getCourseTypes() {
    return Arrays.stream(CourseType.values()).map(Enum::name).toList();
  }

  public List<String> getProgrammes() {
    return Arrays.stream(LeadershipProgramme.values()).map(Enum::name).toList();
  }

  public List<String> getModalities() {
    return Arrays.stream(Modality.values()).map(Enum::name).toList();
  }

  public List<String> getProviderKinds() {
    return List.of("INTERNAL", "EXTERNAL");
  }

  public List<String> getCourseStatuses() {
    return Arrays.stream(CourseStatus.values()).map(Enum::name).toList();
  }

  public List<String> getClassStatuses() {
    return Arrays.stream(ClassStatus.values()).map(Enum::name).toList();
  }

  public List<String> getWaitlistPriorities() {
    return List.of("ARRIVAL", "FEWEST_JP");
  }

  public List<Integer> getLevels() {
    return List.of(1, 2, 3, 4, 5);
  }

  /** The agency's dictionary (national and technical, not retired), for target competencies. */
  public List<Map<String, Object>> getCompetencies() {
    if (competencyChoices == null) {
      competencyChoices =
          competencies.dictionary(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
              .filter(c -> !c.retired())
              .map(c -> Map.<String, Object>of("id", Long.toString(c.id()), "label", c.code() + " " + c.nameId()))
              .toList();
    }
    return competencyChoices;
  }

  /** The agency's units in tree order, indented by depth. */
  public List<Map<String, Object>> getUnits() {
    if (unitChoices == null) {
      unitChoices =
          admin.units().stream()
              .map(u -> Map.<String, Object>of("id", Long.toString(u.id()), "label", "\u00a0\u00a0".repeat(u.depth()) + u.name()))
              .toList();
    }
    return unitChoices;
  }

  // ---- the course list ----

  public String getQuery() {
    return parameter("q");
  }

  public String getStatusFilter() {
    return parameter("status");
  }

  public List<Map<String, Object>> getCourses() {
    CourseStatus status = null;
    try {
      status = getStatusFilter() == null ? null : CourseStatus.valueOf(getStatusFilter());
    } catch (IllegalArgumentException e) {
      status = null;
    }
    return admin.courses(getQuery(), status, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(
            c -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", c.id());
              row.put("code", c.code());
              row.put("title", c.title());
              row.put("type", c.type().name());
              row.put("modality", c.modality().name());
              row.put("jp", c.lessonHours());
              row.put("provider", c.providerName());
              row.put("cost", c.costPerParticipant());
              row.put("status", c.status().name());
              return row;
            })
        .toList();
  }

  // ---- one course ----

  /** The course named by the "id" parameter; null for a new one (or one that is not found). */
  public Course getCourse() {
    if (course == null && id("id") != null) {
      try {
        course = admin.course(id("id"));
      } catch (NotFoundException e) {
        return null;
      }
    }
    return course;
  }

  public Long getCourseId() {
    return getCourse() == null ? null : getCourse().id();
  }

  /** The course form's fields: what was typed after a refused save, else the course's, else empty. */
  public Map<String, Object> getCourseForm() {
    if (courseForm == null) {
      courseForm = courseForm();
    }
    return courseForm;
  }

  private Map<String, Object> courseForm() {
    Map<String, Object> f = new HashMap<>();
    if (SubmittedForm.posted("courseForm")) {
      SubmittedForm in = new SubmittedForm();
      for (String name : List.of("code", "title", "description", "type", "programme", "modality", "jp", "providerKind", "providerName", "cost")) {
        f.put(name, in.text(name));
      }
      return f;
    }
    Course c = getCourse();
    if (c == null) {
      f.put("type", CourseType.TECHNICAL.name());
      f.put("modality", Modality.CLASSROOM.name());
      f.put("providerKind", "INTERNAL");
      return f;
    }
    f.put("code", c.code());
    f.put("title", c.title());
    f.put("description", c.description());
    f.put("type", c.type().name());
    f.put("programme", c.leadershipProgramme() == null ? null : c.leadershipProgramme().name());
    f.put("modality", c.modality().name());
    f.put("jp", c.lessonHours());
    f.put("providerKind", c.providerKind());
    f.put("providerName", c.providerName());
    f.put("cost", c.costPerParticipant());
    return f;
  }

  /** Rows of target competencies: the course's (or what was typed), then blank ones. */
  public List<Map<String, Object>> getTargetRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (SubmittedForm.posted("courseForm")) {
      SubmittedForm in = new SubmittedForm();
      for (int i = 0; i < rowsPosted("target-"); i++) {
        rows.add(row(i, "competency", in.text("target-" + i), "level", in.text("target-level-" + i)));
      }
    } else if (getCourse() != null) {
      for (CompetencyLevel t : getCourse().targets()) {
        rows.add(row(rows.size(), "competency", Long.toString(t.competencyId()), "level", Integer.toString(t.level())));
      }
    }
    return withSpareRows(trimBlank(rows, "competency"), i -> row(i, "competency", null, "level", "3"));
  }

  public String saveCourse() {
    SubmittedForm in = new SubmittedForm();
    List<CompetencyLevel> targets = new ArrayList<>();
    for (int i = 0; i < rowsPosted("target-"); i++) {
      Long competency = in.number("target-" + i);
      Integer level = in.integer("target-level-" + i);
      if (competency != null) {
        targets.add(new CompetencyLevel(competency, null, null, level == null ? 0 : level));
      }
    }
    Integer jp = in.integer("jp");
    Long cost = in.number("cost");
    Long version = in.number("version");
    if (in.sayErrors()) {
      return null;
    }
    Course current = getCourse();
    // What the page does not show (prerequisites, eligibility) is kept as it is.
    CourseForm kept = current == null ? null : current.form();
    CourseForm form =
        new CourseForm(
            in.text("code"), in.text("title"), in.text("description"), in.text("type"), in.text("programme"), in.text("modality"), jp,
            in.text("providerKind"), in.text("providerName"), cost, targets,
            kept == null ? List.of() : kept.prerequisiteCourseIds(),
            kept == null ? List.of() : kept.prerequisiteLevels(),
            kept == null ? List.of() : kept.eligibleRanks(),
            kept == null ? List.of() : kept.eligiblePositionClasses(),
            kept == null ? List.of() : kept.eligibleUnitIds());
    Course saved =
        act(() -> current == null ? admin.createCourse(form) : admin.replaceCourse(current.id(), version == null ? -1 : version, form));
    return saved == null ? null : done("catalogAdmin.saved", "/portal/hr/course", saved.id());
  }

  public String publishCourse() {
    Course saved = act(() -> admin.publishCourse(id("id"), version()));
    return saved == null ? null : done("catalogAdmin.published", "/portal/hr/course", saved.id());
  }

  public String retireCourse() {
    Course saved = act(() -> admin.retireCourse(id("id"), version()));
    return saved == null ? null : done("catalogAdmin.retired", "/portal/hr/course", saved.id());
  }

  /** The classes of the course on the page. */
  public List<Map<String, Object>> getCourseClasses() {
    if (getCourse() == null) {
      return List.of();
    }
    return admin.classes(getCourse().id(), null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(CatalogAdminPages::classRow)
        .toList();
  }

  /** HR: every class of the agency in a status (all when the "status" parameter is absent), by first session. */
  public List<Map<String, Object>> getClasses() {
    ClassStatus status;
    try {
      status = getStatusFilter() == null ? null : ClassStatus.valueOf(getStatusFilter());
    } catch (IllegalArgumentException e) {
      status = null;
    }
    return admin.classes(null, status, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(CatalogAdminPages::classRow).toList();
  }

  static Map<String, Object> classRow(ClassSummary k) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", k.id());
    row.put("code", k.code());
    row.put("name", k.name());
    row.put("course", k.courseCode() + " " + k.courseTitle());
    row.put("status", k.status().name());
    row.put("from", k.firstSessionOn() == null ? "" : k.firstSessionOn().toString());
    row.put("to", k.lastSessionOn() == null ? "" : k.lastSessionOn().toString());
    row.put("seats", k.seatsTaken() + " / " + k.capacity());
    return row;
  }

  // ---- one class ----

  /** The class named by the "id" parameter; null for a new one. */
  public TrainingClass getTrainingClass() {
    if (trainingClass == null && id("id") != null) {
      try {
        trainingClass = admin.trainingClass(id("id"));
      } catch (NotFoundException e) {
        return null;
      }
    }
    return trainingClass;
  }

  public Long getClassId() {
    return getTrainingClass() == null ? null : getTrainingClass().id();
  }

  /** The course of a new class ("course" parameter) or of the class on the page. */
  public Long getClassCourseId() {
    return getTrainingClass() != null ? Long.valueOf(getTrainingClass().courseId()) : id("course");
  }

  public Course getClassCourse() {
    Long id = getClassCourseId();
    if (id == null) {
      return null;
    }
    if (classCourse == null) {
      try {
        classCourse = admin.course(id);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return classCourse;
  }

  /** The version the form was shown with: as posted after a refused save, else the course's. */
  public Object getCourseVersion() {
    return SubmittedForm.posted("courseForm") ? parameter("version") : getCourse() == null ? null : getCourse().version();
  }

  public Object getClassVersion() {
    return SubmittedForm.posted("classForm") ? parameter("version") : getTrainingClass() == null ? null : getTrainingClass().version();
  }

  public Map<String, Object> getClassForm() {
    if (classForm == null) {
      classForm = classForm();
    }
    return classForm;
  }

  private Map<String, Object> classForm() {
    Map<String, Object> f = new HashMap<>();
    if (SubmittedForm.posted("classForm")) {
      SubmittedForm in = new SubmittedForm();
      for (String name : List.of("code", "name", "venue", "onlineLink", "capacity", "opens", "closes")) {
        f.put(name, in.text(name));
      }
      return f;
    }
    TrainingClass k = getTrainingClass();
    if (k == null) {
      f.put("capacity", 30);
      return f;
    }
    f.put("code", k.code());
    f.put("name", k.name());
    f.put("venue", k.venue());
    f.put("onlineLink", k.onlineLink());
    f.put("capacity", k.capacity());
    f.put("opens", k.enrolmentOpens() == null ? null : k.enrolmentOpens().toString());
    f.put("closes", k.enrolmentCloses() == null ? null : k.enrolmentCloses().toString());
    return f;
  }

  public List<Map<String, Object>> getSessionRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (SubmittedForm.posted("classForm")) {
      SubmittedForm in = new SubmittedForm();
      for (int i = 0; i < rowsPosted("session-date-"); i++) {
        rows.add(row(i, "date", in.text("session-date-" + i), "startsAt", in.text("session-start-" + i), "endsAt", in.text("session-end-" + i)));
      }
    } else if (getTrainingClass() != null) {
      for (CatalogAdministration.Session s : getTrainingClass().sessions()) {
        rows.add(row(rows.size(), "date", s.date().toString(), "startsAt", s.startsAt().toString(), "endsAt", s.endsAt().toString()));
      }
    }
    return withSpareRows(trimBlank(rows, "date"), i -> row(i, "date", null, "startsAt", "08:00", "endsAt", "16:00"));
  }

  public List<Map<String, Object>> getQuotaRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (SubmittedForm.posted("classForm")) {
      SubmittedForm in = new SubmittedForm();
      for (int i = 0; i < rowsPosted("quota-unit-"); i++) {
        rows.add(row(i, "unit", in.text("quota-unit-" + i), "seats", in.text("quota-seats-" + i)));
      }
    } else if (getTrainingClass() != null) {
      for (Quota q : getTrainingClass().quotas()) {
        rows.add(row(rows.size(), "unit", Long.toString(q.unitId()), "seats", Integer.toString(q.seats())));
      }
    }
    return withSpareRows(trimBlank(rows, "unit"), i -> row(i, "unit", null, "seats", null));
  }

  /** Trainer rows: an employee's NIP, or an outside trainer's name. */
  public List<Map<String, Object>> getTrainerRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (SubmittedForm.posted("classForm")) {
      SubmittedForm in = new SubmittedForm();
      for (int i = 0; i < rowsPosted("trainer-"); i++) {
        rows.add(row(i, "trainer", in.text("trainer-" + i), "name", null));
      }
    } else if (getTrainingClass() != null) {
      for (CatalogAdministration.Trainer t : getTrainingClass().trainers()) {
        rows.add(row(rows.size(), "trainer", t.external() ? t.name() : t.nip(), "name", t.external() ? null : t.name()));
      }
    }
    return withSpareRows(trimBlank(rows, "trainer"), i -> row(i, "trainer", null, "name", null));
  }

  public String saveClass() {
    SubmittedForm in = new SubmittedForm();
    List<SessionForm> sessions = new ArrayList<>();
    for (int i = 0; i < rowsPosted("session-date-"); i++) {
      if (in.text("session-date-" + i) != null) {
        sessions.add(new SessionForm(in.text("session-date-" + i), in.text("session-start-" + i), in.text("session-end-" + i)));
      }
    }
    List<Quota> quotas = new ArrayList<>();
    for (int i = 0; i < rowsPosted("quota-unit-"); i++) {
      Long unit = in.number("quota-unit-" + i);
      Integer seats = in.integer("quota-seats-" + i);
      if (unit != null) {
        if (seats == null) {
          in.error("quota-seats-" + i, msg().getString("catalogAdmin.quotaSeats"));
        } else {
          quotas.add(new Quota(unit, seats));
        }
      }
    }
    List<TrainerForm> trainers = new ArrayList<>();
    for (int i = 0; i < rowsPosted("trainer-"); i++) {
      String trainer = in.text("trainer-" + i);
      if (trainer == null) {
        continue;
      }
      if (trainer.matches("\\d{18}")) {
        var person = admin.personByNip(trainer);
        if (person.isEmpty()) {
          in.error("trainer-" + i, MessageFormat.format(msg().getString("catalogAdmin.noSuchNip"), trainer));
        } else {
          trainers.add(new TrainerForm(person.get().id(), null));
        }
      } else {
        trainers.add(new TrainerForm(null, trainer));
      }
    }
    Integer capacity = in.integer("capacity");
    Long version = in.number("version");
    if (in.sayErrors()) {
      return null;
    }
    ClassForm form =
        new ClassForm(
            in.text("code"), in.text("name"), sessions, in.text("venue"), in.text("onlineLink"), capacity, in.text("opens"), in.text("closes"),
            quotas, trainers);
    TrainingClass current = getTrainingClass();
    Long courseId = id("course");
    if (current == null && courseId == null) {
      return null;
    }
    TrainingClass saved =
        act(() -> current == null ? admin.createClass(courseId, form) : admin.replaceClass(current.id(), version == null ? -1 : version, form));
    return saved == null ? null : done("catalogAdmin.saved", "/portal/hr/class", saved.id());
  }

  /** The moves the class's status allows, as buttons (open, close, start, complete; cancel has its own form). */
  public List<String> getMoves() {
    TrainingClass k = getTrainingClass();
    if (k == null) {
      return List.of();
    }
    return k.status().next().stream().filter(s -> s != ClassStatus.CANCELLED).sorted().map(Enum::name).toList();
  }

  public boolean isCancellable() {
    return getTrainingClass() != null && getTrainingClass().status().canMoveTo(ClassStatus.CANCELLED);
  }

  /** Moves the class to the status of the form's "target" field; a cancellation takes the "reason" field. */
  public String move() {
    SubmittedForm in = new SubmittedForm();
    ClassStatus target;
    try {
      target = ClassStatus.valueOf(in.text("target"));
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
    TrainingClass moved = act(() -> admin.moveClass(id("id"), version(), target, in.text("reason")));
    return moved == null ? null : done("classStatus.done." + target.name(), "/portal/hr/class", moved.id());
  }

  public CatalogAdministration.Rules getRules() {
    if (rules == null && getTrainingClass() != null) {
      rules = admin.rules(getTrainingClass().id());
    }
    return rules;
  }

  public String saveRules() {
    SubmittedForm in = new SubmittedForm();
    Integer threshold = in.integer("threshold");
    var passing = in.decimal("passingScore");
    Integer validity = in.integer("validityMonths");
    Long version = in.number("rulesVersion");
    if (in.sayErrors()) {
      return null;
    }
    CatalogAdministration.Rules wanted =
        new CatalogAdministration.Rules(
            threshold == null ? 80 : threshold, passing, in.checked("hrConfirmation"), in.text("waitlistPriority"), validity, 0);
    CatalogAdministration.Rules saved = act(() -> admin.writeRules(id("id"), version == null ? -1 : version, wanted));
    return saved == null ? null : done("catalogAdmin.rulesSaved", "/portal/hr/class", id("id"));
  }

  private List<EnrolmentView> participants() {
    if (participants == null) {
      participants =
          getTrainingClass() == null
              ? List.of()
              : enrolments.ofClass(getTrainingClass().id(), null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }
    return participants;
  }

  /** Everyone who asked for a seat, in arrival order. */
  public List<Map<String, Object>> getEnrolments() {
    return participants().stream().filter(e -> e.status() != EnrolmentStatus.WAITLISTED).map(CatalogAdminPages::enrolment).toList();
  }

  /** The waiting list in the order seats are given. */
  public List<Map<String, Object>> getWaitlist() {
    return participants().stream()
        .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
        .sorted(Comparator.comparing(EnrolmentView::waitlistPosition, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(CatalogAdminPages::enrolment)
        .toList();
  }

  private static Map<String, Object> enrolment(EnrolmentView e) {
    Map<String, Object> row = new HashMap<>();
    row.put("employee", e.employeeName());
    row.put("status", e.status().name());
    row.put("position", e.waitlistPosition());
    row.put("requestedAt", e.requestedAt().toLocalDate().toString());
    row.put("reason", e.decisionReason());
    return row;
  }

  // ---- shared ----

  private static Long id(String name) {
    String value = parameter(name);
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long version() {
    Long version = id("version");
    return version == null ? -1 : version;
  }

  /** How many rows of a repeated field the form posted (the page numbers them from 0 without gaps). */
  private static int rowsPosted(String prefix) {
    int n = 0;
    while (Pages.faces().getExternalContext().getRequestParameterMap().containsKey(prefix + n)) {
      n++;
    }
    return n;
  }

  private static Map<String, Object> row(int index, Object... pairs) {
    Map<String, Object> row = new HashMap<>();
    row.put("i", index);
    for (int k = 0; k < pairs.length; k += 2) {
      row.put((String) pairs[k], pairs[k + 1]);
    }
    return row;
  }

  private static List<Map<String, Object>> trimBlank(List<Map<String, Object>> rows, String key) {
    List<Map<String, Object>> kept = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      if (r.get(key) != null) {
        r.put("i", kept.size());
        kept.add(r);
      }
    }
    return kept;
  }

  private static List<Map<String, Object>> withSpareRows(List<Map<String, Object>> rows, java.util.function.IntFunction<Map<String, Object>> blank) {
    List<Map<String, Object>> all = new ArrayList<>(rows);
    for (int k = 0; k < SPARE_ROWS; k++) {
      all.add(blank.apply(all.size()));
    }
    return all;
  }

  /** Runs a write; says why it was refused and answers null. */
  static <T> T act(Supplier<T> write) {
    try {
      return write.get();
    } catch (InvalidInputException e) {
      SubmittedForm.sayErrors(e);
    } catch (StaleVersionException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
    } catch (ConflictException | AccessDeniedException | NotFoundException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  /** After a write: says so on the page the redirect leads to. */
  static String done(String key, String page, Long id) {
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString(key));
    return page + "?faces-redirect=true" + (id == null ? "" : "&id=" + id);
  }
}
