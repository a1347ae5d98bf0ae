package id.bina.evaluation.application.reaction;

import id.bina.evaluation.QuestionnaireView;
import id.bina.evaluation.ReactionSurveys;
import id.bina.evaluation.SurveyAnswerInput;
import id.bina.evaluation.SurveyInvitationView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The participant's surveys and their anonymous answer. The answer is written with a random id and its survey
 * only; the caller's invitation is marked answered by a conditional update in the same transaction, so a
 * second answer (even a concurrent one) is refused with 409 and nothing links the two rows. No audit entry is
 * written for an answer: it would name the person.
 */
@ApplicationScoped
public class SurveyAnswers implements ReactionSurveys {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  private long me() {
    return caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
  }

  private LocalDate today() {
    return LocalDate.now(directory.zone());
  }

  @Override
  @Transactional
  public List<SurveyInvitationView> mine() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.id, s.kind, s.class_id, k.class_name, k.course_title, s.closes_on, q.title, q.id"
                    + " FROM evaluation.survey_invitation i JOIN evaluation.reaction_survey s ON s.id = i.survey_id"
                    + " JOIN evaluation.evaluated_class k ON k.class_id = s.class_id JOIN evaluation.questionnaire q ON q.id = s.questionnaire_id"
                    + " WHERE i.employee_id = ?1 AND s.agency_id = ?2 AND NOT i.answered AND s.closes_on >= ?3 AND s.opens_on <= ?3"
                    + " ORDER BY s.closes_on, i.id")
            .setParameter(1, me())
            .setParameter(2, caller.agencyId())
            .setParameter(3, Date.valueOf(today()))
            .getResultList();
    List<SurveyInvitationView> views = new ArrayList<>();
    for (Object[] r : rows) {
      views.add(
          new SurveyInvitationView(
              ((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
              ((Date) r[5]).toLocalDate(), (String) r[6], QuestionnaireService.items(em, ((Number) r[7]).longValue())));
    }
    return views;
  }

  @Override
  @Transactional
  public void answer(long invitationId, SurveyAnswerInput input) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.questionnaire_id, s.opens_on, s.closes_on, i.answered FROM evaluation.survey_invitation i"
                    + " JOIN evaluation.reaction_survey s ON s.id = i.survey_id"
                    + " WHERE i.id = ?1 AND i.employee_id = ?2 AND s.agency_id = ?3")
            .setParameter(1, invitationId)
            .setParameter(2, me())
            .setParameter(3, caller.agencyId())
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("SurveyInvitation", invitationId);
    }
    Object[] r = rows.get(0);
    long surveyId = ((Number) r[0]).longValue();
    if ((Boolean) r[4]) {
      throw new ConflictException("This survey has already been answered");
    }
    LocalDate today = today();
    if (today.isAfter(((Date) r[3]).toLocalDate()) || today.isBefore(((Date) r[2]).toLocalDate())) {
      throw new ConflictException("This survey is closed since " + ((Date) r[3]).toLocalDate());
    }
    List<QuestionnaireView.Item> items = QuestionnaireService.items(em, ((Number) r[1]).longValue());
    Map<Integer, SurveyAnswerInput.Answer> answers = validate(items, input);

    // Claimed first: a concurrent second answer updates no row and is refused.
    int claimed =
        em.createNativeQuery("UPDATE evaluation.survey_invitation SET answered = TRUE WHERE id = ?1 AND NOT answered")
            .setParameter(1, invitationId)
            .executeUpdate();
    if (claimed == 0) {
      throw new ConflictException("This survey has already been answered");
    }
    UUID response = UUID.randomUUID();
    em.createNativeQuery("INSERT INTO evaluation.survey_response (id, survey_id) VALUES (CAST(?1 AS UUID), ?2)")
        .setParameter(1, response.toString())
        .setParameter(2, surveyId)
        .executeUpdate();
    for (QuestionnaireView.Item item : items) {
      SurveyAnswerInput.Answer a = answers.get(item.position());
      if (a == null) {
        continue;
      }
      boolean likert = item.kind().equals("LIKERT");
      String comment = likert || a.comment() == null || a.comment().isBlank() ? null : a.comment().strip();
      if (!likert && comment == null) {
        continue;
      }
      em.createNativeQuery(
              "INSERT INTO evaluation.survey_answer (response_id, position, score, comment)"
                  + " VALUES (CAST(?1 AS UUID), ?2, CAST(?3 AS SMALLINT), CAST(?4 AS VARCHAR))")
          .setParameter(1, response.toString())
          .setParameter(2, item.position())
          .setParameter(3, likert ? a.score() : null)
          .setParameter(4, comment)
          .executeUpdate();
    }
  }

  /** Answers by position; 400 naming each bad answer (answers[i].score) or missing required item (answers, position n). */
  static Map<Integer, SurveyAnswerInput.Answer> validate(List<QuestionnaireView.Item> items, SurveyAnswerInput input) {
    if (input == null || input.answers() == null) {
      throw new InvalidInputException("answers", "is required");
    }
    Map<Integer, QuestionnaireView.Item> byPosition = new HashMap<>();
    items.forEach(i -> byPosition.put(i.position(), i));
    Map<Integer, SurveyAnswerInput.Answer> answers = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < input.answers().size(); i++) {
      SurveyAnswerInput.Answer a = input.answers().get(i);
      String at = "answers[" + i + "].";
      if (a == null || a.position() == null) {
        errors.add(new FieldError(null, at + "position", "is required"));
        continue;
      }
      QuestionnaireView.Item item = byPosition.get(a.position());
      if (item == null) {
        errors.add(new FieldError(null, at + "position", "no item " + a.position() + " in this questionnaire"));
        continue;
      }
      if (answers.put(a.position(), a) != null) {
        errors.add(new FieldError(null, at + "position", "item " + a.position() + " is answered twice"));
      }
      if (item.kind().equals("LIKERT")) {
        if (a.score() != null && (a.score() < 1 || a.score() > 5)) {
          errors.add(new FieldError(null, at + "score", "must be between 1 and 5"));
        }
      } else if (a.comment() != null && a.comment().strip().length() > 2000) {
        errors.add(new FieldError(null, at + "comment", "is at most 2000 characters"));
      }
    }
    for (QuestionnaireView.Item item : items) {
      SurveyAnswerInput.Answer a = answers.get(item.position());
      boolean given =
          a != null && (item.kind().equals("LIKERT") ? a.score() != null : a.comment() != null && !a.comment().isBlank());
      if (item.required() && !given) {
        errors.add(new FieldError(null, "answers", "item " + item.position() + " is required"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return answers;
  }
}
