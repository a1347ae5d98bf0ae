package id.bina.evaluation.application.reaction;

import id.bina.evaluation.application.ClassRecorded;
import id.bina.evaluation.application.behaviour.FollowUpDue;
import id.bina.platform.Notifications;
import id.bina.training.ClassCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the surveys: when a class is recorded, each participant who completed it is invited to the reaction
 * survey (the agency's active REACTION questionnaire, or the standard one); when its level-3 follow-up falls
 * due, to the FOLLOW_UP questionnaire. Each invitation is open {@code bina.evaluation.survey-days} days
 * (environment BINA_EVALUATION_SURVEY_DAYS, default 14) from the agency's today. Both events fire once per
 * class, in their transaction; a class has at most one survey of each kind.
 */
@ApplicationScoped
public class SurveyInvitations {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "bina.evaluation.survey-days", defaultValue = "14")
  int surveyDays;

  @Transactional
  public void onClassRecorded(@Observes ClassRecorded recorded) {
    ClassCompleted c = recorded.completed();
    List<Long> participants =
        c.participants().stream().filter(ClassCompleted.Participant::completed).map(ClassCompleted.Participant::employeeId).distinct().toList();
    invite(c.agencyId(), c.classId(), "REACTION", participants);
  }

  @Transactional
  public void onFollowUpDue(@Observes FollowUpDue due) {
    invite(due.agencyId(), due.classId(), "FOLLOW_UP", due.participantEmployeeIds());
  }

  private void invite(long agencyId, long classId, String kind, List<Long> participants) {
    if (participants.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> survey =
        em.createNativeQuery(
                "INSERT INTO evaluation.reaction_survey (id, agency_id, class_id, kind, questionnaire_id, opens_on, closes_on)"
                    + " SELECT nextval('evaluation.reaction_survey_seq'), a.agency_id, ?2, ?3,"
                    + " COALESCE((SELECT q.id FROM evaluation.questionnaire q WHERE q.agency_id = a.agency_id AND q.kind = ?3 AND q.active),"
                    + " (SELECT min(q.id) FROM evaluation.questionnaire q WHERE q.agency_id IS NULL AND q.kind = ?3)),"
                    + " (now() AT TIME ZONE a.time_zone)::date, (now() AT TIME ZONE a.time_zone)::date + ?4"
                    + " FROM platform.agency_directory a WHERE a.agency_id = ?1"
                    + " ON CONFLICT (class_id, kind) DO NOTHING RETURNING id, closes_on")
            .setParameter(1, agencyId)
            .setParameter(2, classId)
            .setParameter(3, kind)
            .setParameter(4, surveyDays)
            .getResultList();
    if (survey.isEmpty()) {
      return; // already sent
    }
    long surveyId = ((Number) survey.get(0)[0]).longValue();
    Object closesOn = survey.get(0)[1];
    String className =
        (String) em.createNativeQuery("SELECT class_name FROM evaluation.evaluated_class WHERE class_id = ?1").setParameter(1, classId).getSingleResult();
    for (Long employee : participants) {
      @SuppressWarnings("unchecked")
      List<Number> invitation =
          em.createNativeQuery(
                  "INSERT INTO evaluation.survey_invitation (id, survey_id, employee_id) VALUES (nextval('evaluation.survey_invitation_seq'), ?1, ?2)"
                      + " ON CONFLICT (survey_id, employee_id) DO NOTHING RETURNING id")
              .setParameter(1, surveyId)
              .setParameter(2, employee)
              .getResultList();
      if (invitation.isEmpty()) {
        continue;
      }
      String text =
          kind.equals("REACTION")
              ? "Mohon isi kuesioner evaluasi kelas " + className + " paling lambat " + closesOn + ". Jawaban Anda anonim."
              : "Sebagai tindak lanjut kelas " + className + ", mohon isi kuesioner penerapan hasil pelatihan paling lambat " + closesOn
                  + ". Jawaban Anda anonim.";
      notifications.notify(agencyId, employee, "SURVEY_INVITATION", "SurveyInvitation", invitation.get(0).longValue(), text);
    }
  }
}
