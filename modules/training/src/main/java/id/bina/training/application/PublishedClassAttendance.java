package id.bina.training.application;

import id.bina.platform.Caller;
import id.bina.training.ClassAttendance;
import id.bina.training.ClassStatus;
import id.bina.training.ClassSummary;
import id.bina.training.EnrolmentStatus;
import id.bina.training.domain.Course;
import id.bina.training.domain.TrainingClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@link ClassAttendance} on top of the attendance service the REST API uses. */
@ApplicationScoped
@Transactional
public class PublishedClassAttendance implements ClassAttendance {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject AttendanceService attendance;

  @Override
  public Sheet sheet(long classId) {
    return sheet(attendance.sheet(classId));
  }

  @Override
  public Sheet record(
      long classId, Map<Integer, Set<Long>> markedPresent, Map<Integer, Set<Long>> markedAbsent, Map<Long, BigDecimal> scores) {
    AttendanceSheet now = attendance.sheet(classId);
    Set<Integer> sessions = new TreeSet<>(markedPresent.keySet());
    sessions.addAll(markedAbsent.keySet());
    for (int seq : sessions) {
      Set<Long> present = new HashSet<>();
      for (AttendanceSheet.Participant p : now.participants()) {
        if (p.attended().contains(seq)) {
          present.add(p.employeeId());
        }
      }
      Set<Long> wanted = new HashSet<>(present);
      wanted.addAll(markedPresent.getOrDefault(seq, Set.of()));
      wanted.removeAll(markedAbsent.getOrDefault(seq, Set.of()));
      if (!wanted.equals(present)) {
        AttendanceInput.Session input = new AttendanceInput.Session();
        input.presentEmployeeIds = new ArrayList<>(wanted);
        now = attendance.recordSession(classId, seq, input);
      }
    }
    if (!scores.isEmpty()) {
      AttendanceInput.PostTest input = new AttendanceInput.PostTest();
      input.scores = new ArrayList<>();
      for (Map.Entry<Long, BigDecimal> s : scores.entrySet()) {
        AttendanceInput.Score score = new AttendanceInput.Score();
        score.employeeId = s.getKey();
        score.score = s.getValue();
        input.scores.add(score);
      }
      now = attendance.recordPostTest(classId, input);
    }
    return sheet(now);
  }

  @Override
  public List<ClassSummary> classesITrain() {
    Long me = caller.employeeId().orElse(null);
    if (me == null) {
      return List.of();
    }
    return em.createQuery(
            "select distinct k, c from TrainingClass k join k.trainers t, Course c where c.id = k.courseId and k.agencyId = :agency"
                + " and t.employeeId = :me and k.status not in :hidden order by k.firstSessionOn desc, k.id",
            Object[].class)
        .setParameter("agency", caller.agencyId())
        .setParameter("me", me)
        .setParameter("hidden", Set.of(ClassStatus.DRAFT, ClassStatus.CANCELLED))
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(r -> ClassService.summary((TrainingClass) r[0], (Course) r[1]))
        .toList();
  }

  private static Sheet sheet(AttendanceSheet s) {
    return new Sheet(
        s.classId(),
        s.sessions(),
        s.attendanceThreshold(),
        s.passingScore(),
        s.participants().stream()
            .map(p -> new Participant(
                p.enrolmentId(), p.employeeId(), p.name(), EnrolmentStatus.valueOf(p.status()), p.attended(), p.attendancePercent(),
                p.postTestScore()))
            .toList());
  }
}
