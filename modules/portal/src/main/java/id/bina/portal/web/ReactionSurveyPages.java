package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.evaluation.QuestionnaireView;
import id.bina.evaluation.ReactionSurveys;
import id.bina.evaluation.SurveyAnswerInput;
import id.bina.evaluation.SurveyInvitationView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The participant's open surveys (kuesioner evaluasi), answered on a phone: one card per survey, a row of
 * five choices per Likert item, a text box per open question. The answer is stored anonymously.
 */
@Named("surveys")
@RequestScoped
public class ReactionSurveyPages {

  @Inject ReactionSurveys surveys;

  private List<SurveyInvitationView> open;

  /** The open surveys as maps: Jakarta EL 5 does not read record components. */
  public List<Map<String, Object>> getOpen() {
    return invitations().stream().map(ReactionSurveyPages::survey).toList();
  }

  private List<SurveyInvitationView> invitations() {
    if (open == null) {
      open = surveys.mine();
    }
    return open;
  }

  private static Map<String, Object> survey(SurveyInvitationView s) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", s.id());
    row.put("courseTitle", s.courseTitle());
    row.put("className", s.className());
    row.put("title", s.title());
    row.put("closesOn", s.closesOn().toString());
    row.put("items", s.items().stream().map(ReactionSurveyPages::item).toList());
    return row;
  }

  static Map<String, Object> item(QuestionnaireView.Item i) {
    Map<String, Object> row = new HashMap<>();
    row.put("position", i.position());
    row.put("text", i.text());
    row.put("kind", i.kind());
    row.put("section", i.section());
    row.put("required", i.required());
    return row;
  }

  /** Answers the survey of the form: fields "score-{position}" (1-5) and "comment-{position}". */
  public String answer() {
    Map<String, String> form = faces().getExternalContext().getRequestParameterMap();
    try {
      long id = Long.parseLong(parameter("invitationId"));
      SurveyInvitationView survey =
          invitations().stream().filter(s -> s.id() == id).findFirst().orElseThrow(() -> new NotFoundException("SurveyInvitation", id));
      List<SurveyAnswerInput.Answer> answers = new ArrayList<>();
      for (QuestionnaireView.Item item : survey.items()) {
        if (item.kind().equals("LIKERT")) {
          String score = form.get("score-" + item.position());
          if (score != null && !score.isBlank()) {
            answers.add(new SurveyAnswerInput.Answer(item.position(), Integer.valueOf(score), null));
          }
        } else {
          String comment = form.get("comment-" + item.position());
          if (comment != null && !comment.isBlank()) {
            answers.add(new SurveyAnswerInput.Answer(item.position(), null, comment));
          }
        }
      }
      surveys.answer(id, new SurveyAnswerInput(answers));
    } catch (InvalidInputException | NumberFormatException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("surveys.incomplete"));
      return null;
    } catch (ConflictException | NotFoundException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("surveys.closed"));
      return null;
    } catch (AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("surveys.thanks"));
    return "/portal/employee/surveys?faces-redirect=true";
  }
}
