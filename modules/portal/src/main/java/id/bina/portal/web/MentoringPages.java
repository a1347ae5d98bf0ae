package id.bina.portal.web;

import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.Competencies;
import id.bina.mentoring.AssignmentView;
import id.bina.mentoring.MentoringAssignments;
import id.bina.mentoring.MentoringSessions;
import id.bina.mentoring.SessionInput;
import id.bina.mentoring.SessionView;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mentoring in the portal, made for a phone: a mentor logs a session with a few taps (date, duration, mode,
 * what was agreed, an action with its due date, private notes); a mentee sees their mentor's sessions and confirms those that took place,
 * which is what makes them count toward the 20 JP. The mentoring module decides who sees what.
 */
@Named("mentoring")
@RequestScoped
public class MentoringPages {

  @Inject MentoringAssignments assignments;

  @Inject MentoringSessions sessions;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject Competencies competencies;

  private List<AssignmentView> mine;

  // The session form of one mentee's card.
  private LocalDate date;
  private Integer durationMinutes = 60;
  private String mode = "IN_PERSON";
  private String topics;
  private String sharedSummary;
  private String privateNotes;
  private String actionText;
  private LocalDate actionDueOn;

  private List<AssignmentView> mine() {
    if (mine == null) {
      mine = assignments.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }
    return mine;
  }

  private long me() {
    return caller.employeeId().orElse(-1L);
  }

  /** The caller's active mentees, each with the number of sessions logged. */
  public List<Map<String, Object>> getMentees() {
    return mine().stream()
        .filter(a -> a.mentorEmployeeId() != null && a.mentorEmployeeId() == me() && a.status().equals("ACTIVE"))
        .map(
            a -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", a.id());
              row.put("mentee", a.menteeName());
              row.put("programme", a.programmeName());
              row.put("startsOn", a.startsOn() == null ? "" : a.startsOn().toString());
              row.put("sessions", sessions.list(a.id(), PageRequest.of(0, 1)).totalItems());
              row.put("goals", goalCompetencies(a));
              return row;
            })
        .toList();
  }

  /** The competencies of the agreement's goals, to tick those a session worked on. */
  private List<Map<String, Object>> goalCompetencies(AssignmentView a) {
    if (a.agreement() == null || a.agreement().goals().isEmpty()) {
      return List.of();
    }
    List<Long> ids = a.agreement().goals().stream().map(AssignmentView.Goal::competencyId).toList();
    Map<Long, Competencies.CompetencyRef> refs = competencies.visible(ids);
    return ids.stream()
        .map(id -> Map.<String, Object>of("id", id, "label", refs.containsKey(id) ? refs.get(id).code() + " " + refs.get(id).name() : "#" + id))
        .toList();
  }

  /** The caller's paused mentorings as mentor: no session to log, but a way to their page to resume them. */
  public List<Map<String, Object>> getPaused() {
    return mine().stream()
        .filter(a -> a.mentorEmployeeId() != null && a.mentorEmployeeId() == me() && a.status().equals("PAUSED"))
        .map(a -> Map.<String, Object>of("id", a.id(), "mentee", a.menteeName(), "programme", a.programmeName()))
        .toList();
  }

  /** The caller's own mentorings as a mentee, with their sessions (unconfirmed first). */
  public List<Map<String, Object>> getMentors() {
    return mine().stream()
        .filter(a -> a.menteeId() == me() && a.mentorName() != null)
        .map(
            a -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", a.id());
              row.put("mentor", a.mentorName());
              row.put("programme", a.programmeName());
              row.put("status", a.status());
              row.put(
                  "sessions",
                  sessions.list(a.id(), PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                      .sorted(java.util.Comparator.comparing(SessionView::confirmed).thenComparing(SessionView::date, java.util.Comparator.reverseOrder()))
                      .map(MentoringPages::session)
                      .toList());
              return row;
            })
        .toList();
  }

  private static Map<String, Object> session(SessionView s) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", s.id());
    row.put("version", s.version());
    row.put("date", s.date().toString());
    row.put("minutes", s.durationMinutes());
    row.put("mode", s.mode());
    row.put("summary", s.sharedSummary());
    row.put("confirmed", s.confirmed());
    return row;
  }

  public String getToday() {
    return LocalDate.now(directory.zone()).toString();
  }

  /** Logs a session for the assignment named by the form's "assignmentId" field. */
  public String log() {
    Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    SessionInput input = new SessionInput();
    try {
      input.assignmentId = Long.valueOf(form.get("assignmentId"));
    } catch (NumberFormatException e) {
      return null;
    }
    input.date = date == null ? LocalDate.now(directory.zone()) : date;
    input.durationMinutes = durationMinutes;
    input.mode = mode;
    input.topics = blankToNull(topics);
    input.sharedSummary = blankToNull(sharedSummary);
    input.privateNotes = blankToNull(privateNotes);
    String[] worked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("competencyWorked");
    if (worked != null) {
      input.competencyIds = new java.util.ArrayList<>();
      for (String value : worked) {
        try {
          input.competencyIds.add(Long.valueOf(value));
        } catch (NumberFormatException e) {
          // a tampered form: ignore the value
        }
      }
    }
    if (blankToNull(actionText) != null) {
      SessionInput.ActionInput action = new SessionInput.ActionInput();
      action.text = actionText.trim();
      action.dueOn = actionDueOn;
      input.actions = List.of(action);
    }
    try {
      sessions.log(input);
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.invalid") + " " + error.field() + ": " + error.message()));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentoring.logged"));
    return "/portal/mentor/sessions?faces-redirect=true";
  }

  /** Confirms the session named by the form's "sessionId" and "sessionVersion" fields. */
  public String confirm() {
    Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      sessions.confirm(Long.parseLong(form.get("sessionId")), Long.parseLong(form.get("sessionVersion")));
    } catch (NumberFormatException | StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentoring.confirmed"));
    return "/portal/employee/mentoring?faces-redirect=true";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }

  public String getSharedSummary() {
    return sharedSummary;
  }

  public void setSharedSummary(String sharedSummary) {
    this.sharedSummary = sharedSummary;
  }

  public String getActionText() {
    return actionText;
  }

  public void setActionText(String actionText) {
    this.actionText = actionText;
  }

  public LocalDate getActionDueOn() {
    return actionDueOn;
  }

  public void setActionDueOn(LocalDate actionDueOn) {
    this.actionDueOn = actionDueOn;
  }

  public String getPrivateNotes() {
    return privateNotes;
  }

  public void setPrivateNotes(String privateNotes) {
    this.privateNotes = privateNotes;
  }
}
