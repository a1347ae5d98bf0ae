package id.bina.training.application;

import id.bina.competency.CompetencyEvidence;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.Outbox;
import id.bina.training.ClassStatus;
import id.bina.training.EnrolmentStatus;
import id.bina.training.ClassCompleted;
import id.bina.training.TrainingCompleted;
import id.bina.training.domain.ClassRules;
import id.bina.training.domain.CompletionRule;
import id.bina.training.domain.Course;
import id.bina.training.domain.Enrolment;
import id.bina.training.domain.TrainingClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attendance per session and the pre- and post-test, recorded by HR managers or the class's trainers while the class
 * runs; and what happens to the enrolments when the class starts, completes or is cancelled. Completing a
 * class decides each confirmed participant: COMPLETED (attendance at least the class's threshold and, where
 * set, the passing score) credits the course's JP, issues a certificate and publishes {@link
 * TrainingCompleted}; otherwise NOT_COMPLETED.
 */
@ApplicationScoped
public class AttendanceService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject Outbox outbox;

  @Inject ClassService classes;

  @Inject ClassRulesService rules;

  @Inject EnrolmentService enrolments;

  @Inject JpLedgerService ledger;

  @Inject CertificateService certificates;

  @Inject CompetencyEvidence evidence;

  private static final Set<EnrolmentStatus> PARTICIPATING =
      Set.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED);

  @Transactional
  public AttendanceSheet sheet(long classId) {
    TrainingClass k = classes.visible(classId);
    enrolments.requireHrOrTrainer(k);
    ClassRules r = rules.of(k.getId(), k.getAgencyId());
    Map<Long, List<Integer>> attended = attended(k.getId());
    List<AttendanceSheet.Participant> participants = new ArrayList<>();
    for (Enrolment e : participants(k.getId(), PARTICIPATING)) {
      List<Integer> sessions = attended.getOrDefault(e.getId(), List.of());
      participants.add(
          new AttendanceSheet.Participant(
              e.getId(),
              e.getEmployeeId(),
              enrolments.nameOf(e.getEmployeeId()),
              e.getStatus().name(),
              sessions,
              e.getAttendancePercent() != null ? e.getAttendancePercent() : CompletionRule.percent(sessions.size(), k.getSessions().size()),
              e.getPreTestScore(),
              e.getPostTestScore()));
    }
    return new AttendanceSheet(k.getId(), k.getSessions().size(), r.getAttendanceThreshold(), r.getPassingScore(), participants);
  }

  /** Replaces who was present at session {@code seq} (0 = the first); each change is audited on the enrolment. */
  @Transactional
  public AttendanceSheet recordSession(long classId, int seq, AttendanceInput.Session input) {
    TrainingClass k = running(classId);
    if (seq < 0 || seq >= k.getSessions().size()) {
      throw new InvalidInputException("seq", "class " + k.getCode() + " has sessions 0 to " + (k.getSessions().size() - 1));
    }
    Map<Long, Enrolment> confirmed = byEmployee(k.getId());
    Set<Long> present = new HashSet<>(input == null || input.presentEmployeeIds == null ? List.of() : input.presentEmployeeIds);
    List<FieldError> errors = new ArrayList<>();
    for (Long employee : present) {
      if (employee == null || !confirmed.containsKey(employee)) {
        errors.add(new FieldError(null, "presentEmployeeIds", "employee " + employee + " is not a confirmed participant"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Sql sql = Sql.of(em);
    Map<Long, List<Integer>> attended = attended(k.getId());
    for (Enrolment e : confirmed.values()) {
      boolean was = attended.getOrDefault(e.getId(), List.of()).contains(seq);
      boolean is = present.contains(e.getEmployeeId());
      if (was == is) {
        continue;
      }
      if (is) {
        sql.update(
            "INSERT INTO training.attendance (enrolment_id, session_seq, recorded_at, recorded_by) VALUES (?, ?, now(), ?)",
            e.getId(), seq, caller.username());
      } else {
        sql.update("DELETE FROM training.attendance WHERE enrolment_id = ? AND session_seq = ?", e.getId(), seq);
      }
      enrolments.audit(e, e.getStatus(), Map.of("attendance.session" + seq, new Object[] {was ? "present" : "absent", is ? "present" : "absent"}));
    }
    return sheet(classId);
  }

  @Transactional
  public AttendanceSheet recordPostTest(long classId, AttendanceInput.PostTest input) {
    return recordTest(classId, input == null ? null : input.scores, Test.POST);
  }

  /** Pre-test scores: what participants knew before the class, against which the post-test's gain is measured. */
  @Transactional
  public AttendanceSheet recordPreTest(long classId, AttendanceInput.PreTest input) {
    return recordTest(classId, input == null ? null : input.scores, Test.PRE);
  }

  /** The two tests of a class: the pre-test before (or at the start of) the class, the post-test at its end. */
  enum Test {
    PRE("preTestScore"),
    POST("postTestScore");

    final String field;

    Test(String field) {
      this.field = field;
    }

    BigDecimal of(Enrolment e) {
      return this == PRE ? e.getPreTestScore() : e.getPostTestScore();
    }
  }

  private AttendanceSheet recordTest(long classId, List<AttendanceInput.Score> given, Test test) {
    TrainingClass k = running(classId);
    Map<Long, Enrolment> confirmed = byEmployee(k.getId());
    List<AttendanceInput.Score> scores = given == null ? List.of() : given;
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      AttendanceInput.Score s = scores.get(i);
      if (s == null || s.employeeId == null || !confirmed.containsKey(s.employeeId)) {
        errors.add(new FieldError(i, "employeeId", "not a confirmed participant"));
      } else if (s.score != null && !validScore(s.score)) {
        errors.add(new FieldError(i, "score", "must be from 0 to 100, at most two decimals"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    for (AttendanceInput.Score s : scores) {
      record(confirmed.get(s.employeeId), test, s.score);
    }
    em.flush();
    return sheet(classId);
  }

  static boolean validScore(BigDecimal score) {
    return score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0 && score.stripTrailingZeros().scale() <= 2;
  }

  /** Sets one test score of a confirmed participant and audits it; false when it was already that score. */
  boolean record(Enrolment e, Test test, BigDecimal score) {
    BigDecimal before = test.of(e);
    if (before == null ? score == null : score != null && before.compareTo(score) == 0) {
      return false;
    }
    if (test == Test.PRE) {
      e.recordPreTest(score, caller.username());
    } else {
      e.recordPostTest(score, caller.username());
    }
    enrolments.audit(e, e.getStatus(), Map.of(test.field, new Object[] {before, score}));
    return true;
  }

  /** The class started: requests never confirmed end (CANCELLED), their seats given back. */
  void classStarted(TrainingClass k) {
    endUnconfirmed(k, "Kelas " + k.getName() + " sudah dimulai tanpa konfirmasi kursi Anda; pendaftaran berakhir.");
  }

  void classCancelled(TrainingClass k) {
    Set<EnrolmentStatus> all = Set.of(EnrolmentStatus.PENDING_APPROVAL, EnrolmentStatus.APPROVED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.CONFIRMED);
    end(k, all, "Kelas " + k.getName() + " dibatalkan. Alasan: " + k.getCancelReason());
  }

  /** Decides every confirmed participant of a class that has just been completed. */
  void classCompleted(TrainingClass k, Course course) {
    endUnconfirmed(k, "Kelas " + k.getName() + " telah selesai tanpa konfirmasi kursi Anda; pendaftaran berakhir.");
    CompletionRule rule = rules.of(k.getId(), k.getAgencyId()).completionRule();
    Map<Long, List<Integer>> attended = attended(k.getId());
    int sessions = k.getSessions().size();
    List<ClassCompleted.Participant> outcomes = new ArrayList<>();
    for (Enrolment e : participants(k.getId(), Set.of(EnrolmentStatus.CONFIRMED))) {
      BigDecimal percent = CompletionRule.percent(attended.getOrDefault(e.getId(), List.of()).size(), sessions);
      boolean passed = e.finish(percent, rule, caller.username());
      outcomes.add(new ClassCompleted.Participant(e.getId(), e.getEmployeeId(), passed, percent, e.getPreTestScore(), e.getPostTestScore()));
      em.flush();
      enrolments.audit(e, EnrolmentStatus.CONFIRMED, Map.of("attendancePercent", new Object[] {null, percent}));
      if (!passed) {
        enrolments.tell(e, "TRAINING_NOT_COMPLETED",
            "Anda belum memenuhi syarat kelulusan kelas " + k.getName() + " (kehadiran " + percent + "%, syarat "
                + rule.attendanceThreshold() + "%" + (rule.passingScore() == null ? "" : ", nilai lulus " + rule.passingScore()) + ").");
        continue;
      }
      String name = enrolments.nameOf(e.getEmployeeId());
      ledger.credit(
          k.getAgencyId(), e.getEmployeeId(), k.getLastSessionOn(), BigDecimal.valueOf(course.getLessonHours()),
          JpLedgerService.TRAINING_CLASS, Long.toString(e.getId()), course.getCode() + " " + course.getTitle() + " (" + k.getName() + ")");
      String number = certificates.issue(e, k, course, name, rules.of(k.getId(), k.getAgencyId()).getCertificateValidityMonths());
      recordEvidence(e, k, course, number);
      enrolments.tell(e, "TRAINING_COMPLETED",
          "Selamat, Anda lulus kelas " + k.getName() + ": " + course.getLessonHours() + " JP tercatat, sertifikat nomor " + number + ".");
      outbox.publish(
          k.getAgencyId(),
          new TrainingCompleted(
              k.getAgencyId(), e.getId(), e.getEmployeeId(), k.getId(), course.getId(), course.getCode(), course.getTitle(),
              k.getLastSessionOn(), course.getLessonHours(), number,
              course.getTargetCompetencies().stream()
                  .map(t -> new TrainingCompleted.TargetedCompetency(t.getCompetencyId(), t.getTargetLevel()))
                  .toList()));
    }
    outbox.publish(
        k.getAgencyId(),
        new ClassCompleted(
            k.getAgencyId(), k.getId(), k.getCode(), k.getName(), course.getId(), course.getCode(), course.getTitle(),
            course.getType(), course.getModality(), course.getProviderName(), course.getCostPerParticipant(),
            course.getLessonHours(), k.getFirstSessionOn(), k.getLastSessionOn(), rule.passingScore(),
            k.getTrainers().stream().map(t -> new ClassCompleted.ClassTrainer(t.getEmployeeId(), t.getExternalName())).toList(),
            course.getTargetCompetencies().stream()
                .map(t -> new TrainingCompleted.TargetedCompetency(t.getCompetencyId(), t.getTargetLevel()))
                .toList(),
            outcomes));
  }

  /**
   * A "completed training" piece of evidence per competency the course targets, at its target level, for the
   * supervisor or HR to review in the competency module: it never changes a level by itself.
   */
  private void recordEvidence(Enrolment e, TrainingClass k, Course course, String certificateNumber) {
    for (var target : course.getTargetCompetencies()) {
      evidence.recordForReview(
          new CompetencyEvidence.Recorded(
              e.getEmployeeId(),
              target.getCompetencyId(),
              "TRAINING_COMPLETION",
              shortened(course.getCode() + " " + course.getTitle() + " (" + k.getName() + ")"),
              k.getLastSessionOn(),
              course.getProviderName(),
              target.getTargetLevel(),
              course.getLessonHours() + " JP, sertifikat " + certificateNumber + ", kehadiran " + e.getAttendancePercent() + "%"
                  + (e.getPostTestScore() == null ? "" : ", nilai post-test " + e.getPostTestScore()),
              "training-enrolment:" + e.getId()));
    }
  }

  private static String shortened(String title) {
    return title.length() <= 300 ? title : title.substring(0, 299) + "…";
  }

  private void endUnconfirmed(TrainingClass k, String text) {
    end(k, Set.of(EnrolmentStatus.PENDING_APPROVAL, EnrolmentStatus.APPROVED, EnrolmentStatus.WAITLISTED), text);
  }

  private void end(TrainingClass k, Set<EnrolmentStatus> which, String text) {
    Sql sql = Sql.of(em);
    for (Enrolment e : participants(k.getId(), which)) {
      EnrolmentStatus before = e.getStatus();
      Enrolment.Seat seat = e.getSeat();
      e.cancel(caller.username());
      EnrolmentService.releaseSeat(sql, k.getId(), seat);
      em.flush();
      enrolments.audit(e, before, Map.of());
      enrolments.tell(e, "ENROLMENT_CANCELLED", text);
    }
  }

  /** The class, visible to the caller as HR or one of its trainers, while it runs (409 otherwise). */
  TrainingClass running(long classId) {
    TrainingClass k = classes.visible(classId);
    enrolments.requireHrOrTrainer(k);
    if (k.getStatus() != ClassStatus.RUNNING) {
      throw new ConflictException("Class " + k.getCode() + " is " + k.getStatus() + ": attendance is recorded while it runs");
    }
    return k;
  }

  private List<Enrolment> participants(long classId, Set<EnrolmentStatus> statuses) {
    return em.createQuery("select e from Enrolment e where e.classId = :k and e.status in :s order by e.arrival", Enrolment.class)
        .setParameter("k", classId)
        .setParameter("s", statuses)
        .getResultList();
  }

  /** The confirmed participants of a class by employee. */
  Map<Long, Enrolment> byEmployee(long classId) {
    Map<Long, Enrolment> out = new HashMap<>();
    participants(classId, Set.of(EnrolmentStatus.CONFIRMED)).forEach(e -> out.put(e.getEmployeeId(), e));
    return out;
  }

  /** Attended session numbers per enrolment of the class. */
  private Map<Long, List<Integer>> attended(long classId) {
    Map<Long, List<Integer>> out = new HashMap<>();
    Sql.of(em)
        .list(
            "SELECT a.enrolment_id, a.session_seq FROM training.attendance a JOIN training.enrolment e ON e.id = a.enrolment_id"
                + " WHERE e.class_id = ? ORDER BY a.session_seq",
            r -> out.computeIfAbsent(r.getLong(1), x -> new ArrayList<>()).add(r.getInt(2)),
            classId);
    return out;
  }
}
