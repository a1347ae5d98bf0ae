package id.bina.evaluation.application;

import id.bina.training.ClassCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;

/**
 * Keeps evaluation's copy of a completed class (course, provider, trainers, targets, participants' outcomes),
 * from training's {@link ClassCompleted}, so that reports over many classes aggregate in SQL without asking
 * training class by class. The event comes at least once; a class is recorded once, and only then {@link
 * ClassRecorded} is fired (in the same transaction) for the parts of evaluation that start from a class.
 */
@ApplicationScoped
public class ClassRecords {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Event<ClassRecorded> recorded;

  @Transactional
  public void record(@Observes ClassCompleted c) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO evaluation.evaluated_class (class_id, agency_id, class_code, class_name, course_id, course_code,"
                    + " course_title, course_type, modality, provider_name, cost_per_participant, lesson_hours, first_session_on,"
                    + " last_session_on, passing_score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, CAST(?15 AS NUMERIC))"
                    + " ON CONFLICT (class_id) DO NOTHING")
            .setParameter(1, c.classId())
            .setParameter(2, c.agencyId())
            .setParameter(3, c.classCode())
            .setParameter(4, c.className())
            .setParameter(5, c.courseId())
            .setParameter(6, c.courseCode())
            .setParameter(7, c.courseTitle())
            .setParameter(8, c.courseType().name())
            .setParameter(9, c.modality().name())
            .setParameter(10, c.providerName() == null || c.providerName().isBlank() ? null : c.providerName())
            .setParameter(11, c.costPerParticipant())
            .setParameter(12, c.lessonHours())
            .setParameter(13, Date.valueOf(c.firstSessionOn()))
            .setParameter(14, Date.valueOf(c.lastSessionOn()))
            .setParameter(15, c.passingScore())
            .executeUpdate();
    if (inserted == 0) {
      return; // delivered again: already recorded
    }
    for (ClassCompleted.ClassTrainer t : c.trainers()) {
      em.createNativeQuery(
              "INSERT INTO evaluation.evaluated_class_trainer (class_id, trainer_key, employee_id, external_name)"
                  + " VALUES (?1, ?2, CAST(?3 AS BIGINT), ?4) ON CONFLICT DO NOTHING")
          .setParameter(1, c.classId())
          .setParameter(2, trainerKey(t))
          .setParameter(3, t.employeeId())
          .setParameter(4, t.externalName())
          .executeUpdate();
    }
    for (var target : c.targetedCompetencies()) {
      em.createNativeQuery(
              "INSERT INTO evaluation.evaluated_class_target (class_id, competency_id, target_level) VALUES (?1, ?2, ?3)"
                  + " ON CONFLICT DO NOTHING")
          .setParameter(1, c.classId())
          .setParameter(2, target.competencyId())
          .setParameter(3, target.targetLevel())
          .executeUpdate();
    }
    for (ClassCompleted.Participant p : c.participants()) {
      // Unit and position as they are now, at completion: the published directory view, one row per person.
      em.createNativeQuery(
              "INSERT INTO evaluation.participation (id, agency_id, class_id, enrolment_id, employee_id, unit_id, unit_path,"
                  + " position_kind, completed, attendance_percent, pre_test_score, post_test_score)"
                  + " SELECT nextval('evaluation.participation_seq'), p.agency_id, p.class_id, p.enrolment_id, p.employee_id,"
                  + " d.unit_id, d.unit_path, d.position_kind, p.completed, p.attendance, p.pre, p.post"
                  + " FROM (SELECT CAST(?1 AS BIGINT) AS agency_id, CAST(?2 AS BIGINT) AS class_id, CAST(?3 AS BIGINT) AS enrolment_id,"
                  + " CAST(?4 AS BIGINT) AS employee_id, CAST(?5 AS BOOLEAN) AS completed, CAST(?6 AS NUMERIC) AS attendance,"
                  + " CAST(?7 AS NUMERIC) AS pre, CAST(?8 AS NUMERIC) AS post) p"
                  + " LEFT JOIN platform.employee_directory d ON d.employee_id = p.employee_id AND d.agency_id = p.agency_id"
                  + " ON CONFLICT (enrolment_id) DO NOTHING")
          .setParameter(1, c.agencyId())
          .setParameter(2, c.classId())
          .setParameter(3, p.enrolmentId())
          .setParameter(4, p.employeeId())
          .setParameter(5, p.completed())
          .setParameter(6, p.attendancePercent())
          .setParameter(7, p.preTestScore())
          .setParameter(8, p.postTestScore())
          .executeUpdate();
    }
    recorded.fire(new ClassRecorded(c));
  }

  static String trainerKey(ClassCompleted.ClassTrainer t) {
    return t.employeeId() != null ? "E" + t.employeeId() : "X" + t.externalName().strip();
  }
}
