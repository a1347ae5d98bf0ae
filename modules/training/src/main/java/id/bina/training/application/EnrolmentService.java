package id.bina.training.application;

import id.bina.competency.Competencies;
import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Notifications;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import id.bina.training.ClassStatus;
import id.bina.training.EnrolmentStatus;
import id.bina.training.EnrolmentView;
import id.bina.training.Enrolments;
import id.bina.training.domain.ClassRules;
import id.bina.training.domain.CompetencyPrerequisite;
import id.bina.training.domain.Course;
import id.bina.training.domain.Eligibility;
import id.bina.training.domain.Enrolment;
import id.bina.training.domain.Enrolment.Seat;
import id.bina.training.domain.TrainingClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enrolment: a civil servant requests a seat; their direct supervisor approves or rejects; an HR manager
 * confirms where the class asks for it. Seats are taken with one conditional UPDATE of a counter (the
 * quota of the person's unit, else the pool outside the quotas), never read and then written in Java.
 *
 * <p>Requests for one class are decided one after another: each first takes the class's next arrival number,
 * which locks the class row until commit. So the first requests by arrival get the seats, the rest wait in
 * that order, and a repeated request sees the first one. Withdrawals and rejections give the seat back
 * the same way and promote the first waitlisted request that can take it, in the same transaction.
 *
 * <p>Who sees an enrolment: the person, their approver (the direct supervisor at request time) and the
 * agency's HR managers; to anyone else it does not exist (404).
 */
@ApplicationScoped
public class EnrolmentService implements Enrolments {

  static final String SUBJECT = "Enrolment";

  /** Advisory lock class for one person's enrolments: a person's own requests are decided one at a time. */
  private static final int PERSON_LOCK = 0x7452_4e31;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject AuditTrail auditTrail;

  @Inject Notifications notifications;

  @Inject CompetencyProfiles profiles;

  @Inject Competencies competencies;

  @Inject ClassService classes;

  @Inject ClassRulesService rules;

  private enum Relation {
    OWNER,
    APPROVER,
    HR
  }

  long me() {
    return caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
  }

  @Override
  @Transactional
  public EnrolmentView request(long classId) {
    EnrolmentInput input = new EnrolmentInput();
    input.classId = classId;
    return request(input);
  }

  /**
   * Requests a seat in a class for the caller. A repeated request answers the existing enrolment and changes
   * nothing ({@code created} false).
   */
  @Transactional
  public EnrolmentView request(EnrolmentInput input) {
    if (input == null || input.classId == null) {
      throw new InvalidInputException("classId", "must be given");
    }
    long me = me();
    Directory.EmployeeInfo person = directory.employee(me).orElseThrow(() -> new NotFoundException("Employee", me));
    TrainingClass k;
    try {
      k = classes.visible(input.classId);
    } catch (NotFoundException e) {
      throw new NotFoundException("Class", input.classId);
    }
    // One person's requests one at a time: a repeated request then finds the first one's enrolment, and two of
    // their own requests cannot clash unseen. The class's queue comes later, at the arrival counter.
    Sql sql = Sql.of(em);
    sql.one("SELECT pg_advisory_xact_lock(?, ?)", r -> r.getObject(1), PERSON_LOCK, (int) me);
    Enrolment existing = active(k.getId(), me);
    if (existing != null) {
      return view(existing, false);
    }
    Course course = em.find(Course.class, k.getCourseId());
    LocalDate today = LocalDate.now(directory.zone());
    if (!k.isOpenForEnrolment(today)) {
      throw new ConflictException(
          "Class " + k.getCode() + " does not take requests now: it is " + k.getStatus() + ", enrolment runs from "
              + k.getEnrolmentOpens() + " to " + k.getEnrolmentCloses());
    }
    String unitPath = sql.one("SELECT unit_path FROM platform.unit_directory WHERE unit_id = ?", r -> r.getString(1), person.unitId());
    checkEligibility(course, person, unitPath);
    checkPrerequisites(course, me);

    long arrival =
        sql.number("UPDATE training.training_class SET arrivals = arrivals + 1 WHERE id = ? RETURNING arrivals", k.getId());
    checkClash(sql, k, me);
    Seat seat = takeSeat(sql, k.getId(), person.unitId());
    Long approver = person.supervisorId();
    Enrolment e = Enrolment.request(caller.agencyId(), k.getId(), me, arrival, approver, seat, caller.username());
    em.persist(e);
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("class", new Object[] {null, k.getCode()});
    changes.put("status", new Object[] {null, e.getStatus().name()});
    auditTrail.record(caller.agencyId(), SUBJECT, e.getId(), AuditTrail.Action.CREATE, changes);
    EnrolmentView view = view(e, k, course, true);
    if (seat == null) {
      tell(e, "ENROLMENT_WAITLISTED",
          "Kelas " + k.getName() + " penuh. Permintaan Anda masuk daftar tunggu pada urutan " + view.waitlistPosition() + ".");
    } else {
      tell(e, "ENROLMENT_REQUESTED",
          "Permintaan Anda untuk kelas " + k.getName() + " tercatat dan satu kursi disediakan; menunggu persetujuan atasan.");
      askApprover(e, person.name(), k);
    }
    return view;
  }

  @Override
  @Transactional
  public EnrolmentView get(long id) {
    return view(visible(id), false);
  }

  /** The approver (or, without one, an HR manager) approves a request holding a seat. */
  @Override
  @Transactional
  public EnrolmentView approve(long id, long version) {
    Enrolment e = visible(id);
    Relation relation = relationTo(e);
    if (relation == Relation.OWNER) {
      throw new AccessDeniedException("Nobody approves their own request");
    }
    if (!(relation == Relation.APPROVER || (relation == Relation.HR && e.getApproverEmployeeId() == null))) {
      throw new AccessDeniedException("Only the direct supervisor approves this request");
    }
    checkVersion(e, version);
    ClassRules classRules = rules.of(e.getClassId(), e.getAgencyId());
    EnrolmentStatus before = e.getStatus();
    try {
      e.approve(classRules.isHrConfirmation(), caller.username());
    } catch (IllegalStateException ex) {
      throw new ConflictException(ex.getMessage());
    }
    em.flush();
    audit(e, before, Map.of());
    TrainingClass k = em.find(TrainingClass.class, e.getClassId());
    if (e.getStatus() == EnrolmentStatus.CONFIRMED) {
      tell(e, "ENROLMENT_CONFIRMED", "Permintaan Anda untuk kelas " + k.getName() + " disetujui. Kursi Anda terkonfirmasi.");
    } else {
      tell(e, "ENROLMENT_APPROVED",
          "Permintaan Anda untuk kelas " + k.getName() + " disetujui atasan; menunggu konfirmasi Biro SDM.");
      notifications.notifyRole(
          e.getAgencyId(), Role.HR_MANAGER, e.getEmployeeId(), "ENROLMENT_TO_CONFIRM", SUBJECT, e.getId(),
          nameOf(e.getEmployeeId()) + " disetujui atasan untuk kelas " + k.getName() + ". Mohon dikonfirmasi.");
    }
    return view(e, false);
  }

  /** An HR manager confirms an approved request (classes that ask for HR confirmation). */
  @Override
  @Transactional
  public EnrolmentView confirm(long id, long version) {
    Enrolment e = visible(id);
    Relation relation = relationTo(e);
    if (relation == Relation.OWNER) {
      throw new AccessDeniedException("Nobody confirms their own request");
    }
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("HR managers confirm seats");
    }
    checkVersion(e, version);
    EnrolmentStatus before = e.getStatus();
    try {
      e.confirm(caller.username());
    } catch (IllegalStateException ex) {
      throw new ConflictException(ex.getMessage());
    }
    em.flush();
    audit(e, before, Map.of());
    tell(e, "ENROLMENT_CONFIRMED",
        "Kursi Anda di kelas " + em.find(TrainingClass.class, e.getClassId()).getName() + " dikonfirmasi Biro SDM.");
    return view(e, false);
  }

  /**
   * Rejects a request waiting for approval (the approver) or for confirmation (an HR manager), with a reason;
   * the seat goes to the first waitlisted request.
   */
  @Override
  @Transactional
  public EnrolmentView reject(long id, long version, String reason) {
    Enrolment e = visible(id);
    Relation relation = relationTo(e);
    if (relation == Relation.OWNER) {
      throw new AccessDeniedException("Nobody rejects their own request; withdraw it instead");
    }
    boolean mayDecide =
        e.getStatus() == EnrolmentStatus.APPROVED
            ? caller.hasRole(Role.HR_MANAGER)
            : relation == Relation.APPROVER || (relation == Relation.HR && e.getApproverEmployeeId() == null);
    if (!mayDecide) {
      throw new AccessDeniedException(
          e.getStatus() == EnrolmentStatus.APPROVED ? "HR managers decide approved requests" : "Only the direct supervisor rejects this request");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "a rejection needs a reason");
    }
    if (reason.length() > 1000) {
      throw new InvalidInputException("reason", "must be at most 1000 characters");
    }
    checkVersion(e, version);
    EnrolmentStatus before = e.getStatus();
    Sql sql = Sql.of(em);
    lockClass(sql, e.getClassId());
    Seat seat;
    try {
      seat = e.reject(reason, caller.username());
    } catch (IllegalStateException ex) {
      throw new ConflictException(ex.getMessage());
    }
    em.flush();
    audit(e, before, Map.of("reason", new Object[] {null, e.getDecisionReason()}));
    TrainingClass k = em.find(TrainingClass.class, e.getClassId());
    tell(e, "ENROLMENT_REJECTED", "Permintaan Anda untuk kelas " + k.getName() + " ditolak. Alasan: " + e.getDecisionReason());
    giveBack(sql, k, seat);
    return view(e, false);
  }

  /** The person (or an HR manager for them) withdraws before the class runs; a held seat goes to the waitlist. */
  @Override
  @Transactional
  public EnrolmentView withdraw(long id, long version) {
    Enrolment e = visible(id);
    Relation relation = relationTo(e);
    if (relation != Relation.OWNER && !caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("Only the person or an HR manager withdraws an enrolment");
    }
    checkVersion(e, version);
    TrainingClass k = em.find(TrainingClass.class, e.getClassId());
    if (k.getStatus() != ClassStatus.OPEN && k.getStatus() != ClassStatus.CLOSED) {
      throw new ConflictException("Class " + k.getCode() + " is " + k.getStatus() + ": enrolments are no longer withdrawn");
    }
    EnrolmentStatus before = e.getStatus();
    Sql sql = Sql.of(em);
    lockClass(sql, e.getClassId());
    Seat seat;
    try {
      seat = e.withdraw(caller.username());
    } catch (IllegalStateException ex) {
      throw new ConflictException(ex.getMessage());
    }
    em.flush();
    audit(e, before, Map.of());
    tell(e, "ENROLMENT_WITHDRAWN", "Pendaftaran Anda di kelas " + k.getName() + " dibatalkan (" + caller.username() + ").");
    giveBack(sql, k, seat);
    return view(e, false);
  }

  /** The caller's enrolments, latest class first. */
  @Override
  @Transactional
  public Page<EnrolmentView> mine(EnrolmentStatus status, PageRequest page) {
    return list("e.employeeId = :me", Map.of("me", me()), status, page, "k.firstSessionOn desc, e.id desc");
  }

  /** The participants of a class in arrival order: HR managers and the class's trainers. */
  @Transactional
  public Page<EnrolmentView> ofClass(long classId, EnrolmentStatus status, PageRequest page) {
    TrainingClass k = classes.visible(classId);
    requireHrOrTrainer(k);
    return list("e.classId = :k", Map.of("k", classId), status, page, "e.arrival");
  }

  /**
   * What waits for the caller's decision, oldest first: requests of their direct reports waiting for approval;
   * for HR managers also approved requests waiting for confirmation and requests of people without a
   * supervisor. Never the caller's own.
   */
  @Override
  @Transactional
  public Page<EnrolmentView> waitingForMe(PageRequest page) {
    long me = me();
    Map<String, Object> p = new HashMap<>();
    p.put("me", me);
    p.put("pending", EnrolmentStatus.PENDING_APPROVAL);
    String where = "e.employeeId <> :me and ((e.approverEmployeeId = :me and e.status = :pending)";
    if (caller.hasRole(Role.HR_MANAGER)) {
      where += " or (e.approverEmployeeId is null and e.status = :pending) or e.status = :approved";
      p.put("approved", EnrolmentStatus.APPROVED);
    }
    return list(where + ")", p, null, page, "e.requestedAt, e.id");
  }

  private Page<EnrolmentView> list(
      String condition, Map<String, Object> parameters, EnrolmentStatus status, PageRequest page, String order) {
    String where =
        " from Enrolment e, TrainingClass k, Course c where k.id = e.classId and c.id = k.courseId and e.agencyId = :agency and "
            + condition
            + (status == null ? "" : " and e.status = :status");
    TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
    TypedQuery<Object[]> rows = em.createQuery("select e, k, c" + where + " order by " + order, Object[].class);
    Map<String, Object> all = new HashMap<>(parameters);
    all.put("agency", caller.agencyId());
    if (status != null) {
      all.put("status", status);
    }
    all.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<EnrolmentView> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(r -> view((Enrolment) r[0], (TrainingClass) r[1], (Course) r[2], false))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  // ---- seats ----

  /** Locks the class row, so that seat changes and promotions of one class happen one after another. */
  static void lockClass(Sql sql, long classId) {
    sql.list("SELECT id FROM training.training_class WHERE id = ? FOR UPDATE", r -> r.getLong(1), classId);
  }

  /**
   * Takes a seat for a person of {@code unitId}: one of the quota of the nearest unit above (or of) theirs
   * that has one, else one of the pool outside the quotas. Each is one conditional UPDATE.
   *
   * @return the seat, or null when none is left for them
   */
  static Seat takeSeat(Sql sql, long classId, long unitId) {
    Long quotaUnit =
        sql.number(
            "SELECT q.unit_id FROM training.class_seat_quota q"
                + " JOIN platform.unit_directory u ON u.unit_id = q.unit_id"
                + " JOIN platform.unit_directory mine ON mine.unit_id = ?"
                + " WHERE q.class_id = ? AND mine.unit_path LIKE u.unit_path || '%'"
                + " ORDER BY length(u.unit_path) DESC LIMIT 1",
            unitId,
            classId);
    if (quotaUnit != null
        && sql.update(
                "UPDATE training.class_seat_quota SET seats_taken = seats_taken + 1"
                    + " WHERE class_id = ? AND unit_id = ? AND seats_taken < seats",
                classId,
                quotaUnit)
            == 1) {
      sql.update("UPDATE training.training_class SET seats_taken = seats_taken + 1 WHERE id = ?", classId);
      return Seat.quota(quotaUnit);
    }
    // A unit's full quota does not keep its people out of the pool: quotas reserve seats, they do not cap.
    int pool =
        sql.update(
            "UPDATE training.training_class k SET seats_taken = seats_taken + 1, pool_seats_taken = pool_seats_taken + 1"
                + " WHERE k.id = ? AND k.seats_taken < k.capacity AND k.pool_seats_taken <"
                + " k.capacity - (SELECT coalesce(sum(q.seats), 0) FROM training.class_seat_quota q WHERE q.class_id = k.id)",
            classId);
    return pool == 1 ? Seat.pool() : null;
  }

  static void releaseSeat(Sql sql, long classId, Seat seat) {
    if (seat == null) {
      return;
    }
    if (seat.kind() == Enrolment.SeatKind.POOL) {
      sql.update(
          "UPDATE training.training_class SET seats_taken = seats_taken - 1, pool_seats_taken = pool_seats_taken - 1 WHERE id = ?",
          classId);
    } else {
      sql.update("UPDATE training.training_class SET seats_taken = seats_taken - 1 WHERE id = ?", classId);
      sql.update(
          "UPDATE training.class_seat_quota SET seats_taken = seats_taken - 1 WHERE class_id = ? AND unit_id = ?",
          classId,
          seat.unitId());
    }
  }

  /** Gives a seat back and, while the class has not started, promotes the first waitlisted request that can take one. */
  private void giveBack(Sql sql, TrainingClass k, Seat seat) {
    if (seat == null) {
      return;
    }
    releaseSeat(sql, k.getId(), seat);
    promoteWaitlisted(sql, k, 1, null);
  }

  /**
   * Promotes waitlisted requests in the waitlist's order while seats are left for them, at most {@code seats}
   * of them, while the class has not started. The caller holds the class row's lock. Each promoted person
   * is told (with {@code why}, "the class got more seats", when given) and their approver is asked.
   *
   * @return how many were promoted
   */
  int promoteWaitlisted(Sql sql, TrainingClass k, int seats, String why) {
    if (k.getStatus() != ClassStatus.OPEN && k.getStatus() != ClassStatus.CLOSED) {
      return 0;
    }
    int promoted = 0;
    for (long candidateId : waitlist(sql, k.getId(), k.getAgencyId())) {
      if (promoted == seats) {
        break;
      }
      Enrolment candidate = em.find(Enrolment.class, candidateId);
      if (!clashes(sql, k.getId(), candidate.getEmployeeId()).isEmpty()) {
        continue; // meanwhile holds a seat in a class at the same time: stays waiting
      }
      Long unit =
          sql.number("SELECT unit_id FROM platform.employee_directory WHERE employee_id = ?", candidate.getEmployeeId());
      Seat taken = unit == null ? null : takeSeat(sql, k.getId(), unit);
      if (taken == null) {
        continue; // the freed seat was a quota seat of another unit
      }
      candidate.promote(taken, caller.username());
      em.flush();
      audit(candidate, EnrolmentStatus.WAITLISTED, Map.of("promoted", new Object[] {null, true}));
      tell(candidate, "ENROLMENT_PROMOTED",
          "Kursi di kelas " + k.getName() + (why == null ? "" : " (" + why + ")")
              + " tersedia untuk Anda (dari daftar tunggu); menunggu persetujuan atasan.");
      askApprover(candidate, nameOf(candidate.getEmployeeId()), k);
      promoted++;
    }
    return promoted;
  }

  /** Waitlisted enrolments of a class in the order they get seats (the class's waitlist priority). */
  List<Long> waitlist(Sql sql, long classId, long agencyId) {
    boolean fewestJp = fewestJpFirst(classId, agencyId);
    return sql.list(
        "SELECT e.id FROM training.enrolment e WHERE e.class_id = ? AND e.status = 'WAITLISTED' ORDER BY " + waitlistOrder(fewestJp),
        r -> r.getLong(1),
        fewestJp ? new Object[] {classId, LocalDate.now(directory.zone()).getYear()} : new Object[] {classId});
  }

  /**
   * Where one waitlisted enrolment stands in its class's queue (1 = the next seat), in {@link #waitlist}'s order:
   * one row from the database, not the whole queue (a popular class's queue runs into thousands).
   */
  private Integer waitlistPosition(Sql sql, long classId, long agencyId, long enrolmentId) {
    boolean fewestJp = fewestJpFirst(classId, agencyId);
    Long position = sql.number(
        "SELECT w.n FROM (SELECT e.id, row_number() OVER (ORDER BY " + waitlistOrder(fewestJp) + ") AS n"
            + " FROM training.enrolment e WHERE e.class_id = ? AND e.status = 'WAITLISTED') w WHERE w.id = ?",
        fewestJp
            ? new Object[] {LocalDate.now(directory.zone()).getYear(), classId, enrolmentId}
            : new Object[] {classId, enrolmentId});
    return position == null ? null : position.intValue();
  }

  private boolean fewestJpFirst(long classId, long agencyId) {
    return rules.of(classId, agencyId).getWaitlistPriority() == ClassRules.WaitlistPriority.FEWEST_JP;
  }

  /** The waitlist's order: arrival, or with FEWEST_JP first those with the fewest JP this year (one parameter: the year). */
  private static String waitlistOrder(boolean fewestJp) {
    return (fewestJp
            ? "(SELECT coalesce(sum(j.jp), 0) FROM training.jp_entry j WHERE j.agency_id = e.agency_id"
                + " AND j.employee_id = e.employee_id AND j.year = ?), "
            : "")
        + "e.arrival";
  }

  // ---- checks ----

  /**
   * Course eligibility: any listed rank (golongan, as recorded on the employee), any listed position class, any
   * listed unit (or a unit below it).
   */
  private void checkEligibility(Course course, Directory.EmployeeInfo person, String unitPath) {
    Map<Eligibility.Kind, List<String>> byKind =
        course.getEligibility().stream()
            .collect(Collectors.groupingBy(Eligibility::getKind, Collectors.mapping(Eligibility::getValue, Collectors.toList())));
    List<String> ranks = byKind.getOrDefault(Eligibility.Kind.RANK, List.of());
    if (!ranks.isEmpty()) {
      String mine = person.rankGrade();
      if (mine == null || ranks.stream().noneMatch(r -> r.equalsIgnoreCase(mine.strip()))) {
        throw new ConflictException(
            "Course " + course.getCode() + " is for the ranks (golongan) " + ranks + "; yours is "
                + (mine == null ? "not recorded: ask HR to record it" : mine));
      }
    }
    List<String> classes = byKind.getOrDefault(Eligibility.Kind.POSITION_CLASS, List.of());
    if (!classes.isEmpty()) {
      String mine =
          person.positionId() == null
              ? null
              : directory.position(person.positionId()).map(Directory.PositionInfo::positionClass).orElse(null);
      if (mine == null || classes.stream().noneMatch(c -> c.equalsIgnoreCase(mine))) {
        throw new ConflictException(
            "Course " + course.getCode() + " is for the position classes " + classes + "; yours is " + (mine == null ? "none" : mine));
      }
    }
    List<String> units = byKind.getOrDefault(Eligibility.Kind.UNIT, List.of());
    if (!units.isEmpty() && (unitPath == null || units.stream().noneMatch(u -> unitPath.contains("/" + u + "/")))) {
      throw new ConflictException("Course " + course.getCode() + " is for people of the units " + units + " and the units below them");
    }
  }

  /** Required courses completed (in a class of this agency) and competency levels held (current levels). */
  private void checkPrerequisites(Course course, long me) {
    List<String> missing = new ArrayList<>();
    List<Long> required = course.getPrerequisiteCourses();
    if (!required.isEmpty()) {
      List<Long> done =
          em.createQuery(
                  "select distinct k.courseId from Enrolment e, TrainingClass k where k.id = e.classId and e.employeeId = :me"
                      + " and e.status = :completed and k.courseId in :required",
                  Long.class)
              .setParameter("me", me)
              .setParameter("completed", EnrolmentStatus.COMPLETED)
              .setParameter("required", required)
              .getResultList();
      for (Long courseId : required) {
        if (!done.contains(courseId)) {
          Course c = em.find(Course.class, courseId);
          missing.add("course " + (c == null ? "#" + courseId : c.getCode() + " (" + c.getTitle() + ")") + " completed");
        }
      }
    }
    if (!course.getPrerequisiteCompetencies().isEmpty()) {
      ProfileView profile = profiles.profileOf(me);
      Map<Long, ProfileView.Line> lines = new HashMap<>();
      profile.competencies().forEach(l -> lines.put(l.competencyId(), l));
      Map<Long, Competencies.CompetencyRef> names =
          competencies.visible(course.getPrerequisiteCompetencies().stream().map(CompetencyPrerequisite::getCompetencyId).toList());
      for (CompetencyPrerequisite p : course.getPrerequisiteCompetencies()) {
        ProfileView.Line line = lines.get(p.getCompetencyId());
        Integer level = line == null ? null : line.currentLevel();
        if (level == null || level < p.getMinLevel()) {
          Competencies.CompetencyRef ref = names.get(p.getCompetencyId());
          missing.add(
              "competency " + (ref == null ? "#" + p.getCompetencyId() : ref.code() + " " + ref.name()) + " at level " + p.getMinLevel()
                  + " (yours: " + (level == null ? "not assessed" : level) + ")");
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new ConflictException("Prerequisites of course " + course.getCode() + " not met: " + String.join("; ", missing));
    }
  }

  private void checkClash(Sql sql, TrainingClass k, long me) {
    List<String> clashes = clashes(sql, k.getId(), me);
    if (!clashes.isEmpty()) {
      throw new ConflictException(
          "Schedule clash: class " + k.getCode() + " meets at the same time as " + String.join(", ", clashes)
              + ", where you hold a seat");
    }
  }

  /** The person's other classes holding a seat whose sessions overlap this class's, as "CODE on DATE". */
  static List<String> clashes(Sql sql, long classId, long employeeId) {
    return sql.list(
        "SELECT DISTINCT o.code, a.session_date FROM training.class_session a"
            + " JOIN training.class_session b ON b.session_date = a.session_date AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
            + " JOIN training.enrolment e ON e.class_id = b.class_id"
            + " JOIN training.training_class o ON o.id = e.class_id"
            + " WHERE a.class_id = ? AND e.employee_id = ? AND e.class_id <> a.class_id"
            + " AND e.status IN ('PENDING_APPROVAL', 'APPROVED', 'CONFIRMED') ORDER BY 2, 1",
        r -> r.getString(1) + " on " + r.getDate(2).toLocalDate(),
        classId,
        employeeId);
  }

  // ---- helpers ----

  private Enrolment active(long classId, long employeeId) {
    return em.createQuery(
            "select e from Enrolment e where e.classId = :k and e.employeeId = :me and e.status not in :ended", Enrolment.class)
        .setParameter("k", classId)
        .setParameter("me", employeeId)
        .setParameter("ended", Set.of(EnrolmentStatus.WITHDRAWN, EnrolmentStatus.REJECTED, EnrolmentStatus.CANCELLED))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  Enrolment visible(long id) {
    Enrolment e = em.find(Enrolment.class, id);
    if (e == null || e.getAgencyId() != caller.agencyId()) {
      throw new NotFoundException("Enrolment", id);
    }
    relationTo(e);
    return e;
  }

  private Relation relationTo(Enrolment e) {
    Long me = caller.employeeId().orElse(null);
    if (me != null && me == e.getEmployeeId()) {
      return Relation.OWNER;
    }
    if (me != null && e.getApproverEmployeeId() != null && me.equals(e.getApproverEmployeeId())) {
      return Relation.APPROVER;
    }
    if (caller.hasRole(Role.HR_MANAGER)) {
      return Relation.HR;
    }
    throw new NotFoundException("Enrolment", e.getId());
  }

  void requireHrOrTrainer(TrainingClass k) {
    if (caller.hasRole(Role.HR_MANAGER)) {
      return;
    }
    Long me = caller.employeeId().orElse(null);
    if (me == null || k.getTrainers().stream().noneMatch(t -> me.equals(t.getEmployeeId()))) {
      throw new AccessDeniedException("Only HR managers and the class's trainers see its participants");
    }
  }

  private static void checkVersion(Enrolment e, long version) {
    if (e.getVersion() != version) {
      throw new StaleVersionException(SUBJECT, e.getId());
    }
  }

  void audit(Enrolment e, EnrolmentStatus before, Map<String, Object[]> more) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    if (before != e.getStatus()) {
      changes.put("status", new Object[] {before.name(), e.getStatus().name()});
    }
    changes.putAll(more);
    auditTrail.record(e.getAgencyId(), SUBJECT, e.getId(), AuditTrail.Action.UPDATE, changes);
  }

  void tell(Enrolment e, String topic, String text) {
    notifications.notify(e.getAgencyId(), e.getEmployeeId(), topic, SUBJECT, e.getId(), text);
  }

  private void askApprover(Enrolment e, String name, TrainingClass k) {
    String text = name + " meminta kursi di kelas " + k.getName() + ". Mohon disetujui atau ditolak.";
    if (e.getApproverEmployeeId() != null) {
      notifications.notify(e.getAgencyId(), e.getApproverEmployeeId(), "ENROLMENT_TO_APPROVE", SUBJECT, e.getId(), text);
    } else {
      notifications.notifyRole(e.getAgencyId(), Role.HR_MANAGER, e.getEmployeeId(), "ENROLMENT_TO_APPROVE", SUBJECT, e.getId(), text);
    }
  }

  String nameOf(long employeeId) {
    return directory.employee(employeeId).map(Directory.EmployeeInfo::name).orElse("#" + employeeId);
  }

  EnrolmentView view(Enrolment e, boolean created) {
    TrainingClass k = em.find(TrainingClass.class, e.getClassId());
    return view(e, k, em.find(Course.class, k.getCourseId()), created);
  }

  private EnrolmentView view(Enrolment e, TrainingClass k, Course c, boolean created) {
    ZoneId zone = directory.zone();
    Integer position = null;
    if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
      position = waitlistPosition(Sql.of(em), k.getId(), k.getAgencyId(), e.getId());
    }
    return new EnrolmentView(
        e.getId(),
        k.getId(),
        k.getCode(),
        k.getName(),
        c.getId(),
        c.getCode(),
        c.getTitle(),
        k.getFirstSessionOn(),
        k.getLastSessionOn(),
        e.getEmployeeId(),
        nameOf(e.getEmployeeId()),
        e.getStatus(),
        position,
        e.getApproverEmployeeId(),
        e.getDecidedBy(),
        e.getDecisionReason(),
        e.getAttendancePercent(),
        e.getPostTestScore(),
        e.getRequestedAt().atZoneSameInstant(zone).toOffsetDateTime(),
        e.getUpdatedAt().atZoneSameInstant(zone).toOffsetDateTime(),
        e.getUpdatedBy(),
        e.getVersion(),
        created);
  }
}
