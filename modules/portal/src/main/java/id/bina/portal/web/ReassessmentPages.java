package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.evaluation.ReassessmentInput;
import id.bina.evaluation.ReassessmentTaskView;
import id.bina.evaluation.ReassessmentTasks;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's re-assessment tasks (penilaian ulang kompetensi): some months after a class, rate each
 * competency it targeted 1-5 with a note. The evaluation module checks who may rate and records each level
 * as a supervisor assessment.
 */
@Named("reassessments")
@RequestScoped
public class ReassessmentPages {

  @Inject ReassessmentTasks tasks;

  private List<Map<String, Object>> open;

  /** The caller's open tasks, oldest follow-up first. */
  public List<Map<String, Object>> getOpen() {
    if (open == null) {
      open = tasks.mine("OPEN", PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(ReassessmentPages::task).toList();
    }
    return open;
  }

  private static Map<String, Object> task(ReassessmentTaskView t) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", t.id());
    row.put("version", t.version());
    row.put("employee", t.employeeName());
    row.put("className", t.className());
    row.put("course", t.courseTitle());
    row.put("lastSessionOn", t.lastSessionOn() == null ? "" : t.lastSessionOn().toString());
    row.put("deadline", t.deadline().toString());
    row.put("overdue", t.overdue());
    List<Map<String, Object>> competencies = new ArrayList<>();
    for (ReassessmentTaskView.Competency c : t.competencies()) {
      Map<String, Object> line = new HashMap<>();
      line.put("id", c.competencyId());
      line.put("code", c.code());
      line.put("name", c.name());
      competencies.add(line);
    }
    row.put("competencies", competencies);
    return row;
  }

  /** Completes the task of the form: fields "level-{competencyId}" and "note-{competencyId}". */
  public String complete() {
    Map<String, String> form = faces().getExternalContext().getRequestParameterMap();
    try {
      long id = Long.parseLong(parameter("taskId"));
      long version = Long.parseLong(parameter("taskVersion"));
      ReassessmentTaskView task = tasks.get(id);
      ReassessmentInput input = new ReassessmentInput();
      input.ratings = new ArrayList<>();
      for (ReassessmentTaskView.Competency c : task.competencies()) {
        String level = form.get("level-" + c.competencyId());
        if (level == null || level.isBlank()) {
          say(FacesMessage.SEVERITY_ERROR, msg().getString("reassessments.levelRequired"));
          return null;
        }
        ReassessmentInput.RatingInput rating = new ReassessmentInput.RatingInput();
        rating.competencyId = c.competencyId();
        rating.level = Integer.valueOf(level);
        String note = form.get("note-" + c.competencyId());
        rating.note = note == null || note.isBlank() ? null : note.strip();
        input.ratings.add(rating);
      }
      tasks.complete(id, version, input);
    } catch (InvalidInputException | NumberFormatException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("reassessments.levelRequired"));
      return null;
    } catch (StaleVersionException | ConflictException | NotFoundException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
      return null;
    } catch (AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("reassessments.done"));
    return "/portal/supervisor/reassessments?faces-redirect=true";
  }
}
