package id.bina.portal.web;

import static id.bina.portal.web.MentoringHrPages.longParameter;
import static id.bina.portal.web.MentoringHrPages.sayErrors;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.Competencies;
import id.bina.mentoring.AssignmentView;
import id.bina.mentoring.FinalAssessmentInput;
import id.bina.mentoring.MentoringAssignments;
import id.bina.mentoring.MentoringSessions;
import id.bina.mentoring.SessionInput;
import id.bina.mentoring.SessionView;
import id.bina.mentoring.StatusInput;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentor's pages beyond the quick session log: one mentee's mentoring (the agreement to sign, the final
 * assessment of its goals, completing it, the sessions with their agreed actions) and every action agreed
 * with the mentor's mentees, to mark done or dropped. Marking an action rewrites its session log as it
 * stands, which only the mentor who logged it may do.
 */
@Named("mentorPages")
@RequestScoped
public class MentorPages {

  @Inject MentoringAssignments assignments;

  @Inject MentoringSessions sessions;

  @Inject Competencies competencies;

  @Inject Caller caller;

  @Inject Directory directory;

  private AssignmentView assignment;
  private boolean loaded;
  private List<AssignmentView> mine;

  private long me() {
    return caller.employeeId().orElse(-1L);
  }

  private LocalDate today() {
    return LocalDate.now(directory.zone());
  }

  /** The mentorings the caller mentors that are under way (active or paused). */
  private List<AssignmentView> mine() {
    if (mine == null) {
      mine =
          assignments.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
              .filter(a -> a.mentorEmployeeId() != null && a.mentorEmployeeId() == me() && MenteePages.isOpen(a))
              .toList();
    }
    return mine;
  }

  /** The mentoring named by the "assignment" parameter, if the caller mentors it. */
  AssignmentView assignment() {
    if (!loaded) {
      loaded = true;
      Long id = longParameter("assignment");
      if (id != null) {
        try {
          AssignmentView found = assignments.get(id);
          assignment = found.mentorEmployeeId() != null && found.mentorEmployeeId() == me() && found.agreement() != null ? found : null;
        } catch (NotFoundException | AccessDeniedException e) {
          assignment = null;
        }
      }
    }
    return assignment;
  }

  public boolean isFound() {
    return assignment() != null;
  }

  public Map<String, Object> getMentoring() {
    AssignmentView a = assignment();
    Map<String, Object> row = new HashMap<>();
    if (a == null) {
      return row;
    }
    AssignmentView.Agreement agreement = a.agreement();
    boolean open = MenteePages.isOpen(a);
    boolean signed = agreement.mentorSignedAt() != null && agreement.menteeSignedAt() != null;
    row.put("id", a.id());
    row.put("version", a.version());
    row.put("mentee", a.menteeName());
    row.put("programme", a.programmeName());
    row.put("status", a.status());
    row.put("startsOn", a.startsOn() == null ? "" : a.startsOn().toString());
    row.put("actionPlan", agreement.actionPlan() == null ? "" : agreement.actionPlan());
    row.put("mentorSignedAt", agreement.mentorSignedAt() == null ? "" : MentoringHrPages.WHEN.format(agreement.mentorSignedAt()));
    row.put("menteeSignedAt", agreement.menteeSignedAt() == null ? "" : MentoringHrPages.WHEN.format(agreement.menteeSignedAt()));
    row.put("canSign", open && !agreement.goals().isEmpty() && agreement.mentorSignedAt() == null);
    row.put("canAssess", open && signed);
    row.put("canComplete", open && !agreement.goals().isEmpty() && agreement.goals().stream().allMatch(g -> g.finalLevel() != null));
    return row;
  }

  public List<Map<String, Object>> getGoals() {
    AssignmentView a = assignment();
    if (a == null) {
      return List.of();
    }
    List<AssignmentView.Goal> goals = a.agreement().goals();
    Map<Long, Competencies.CompetencyRef> refs =
        goals.isEmpty() ? Map.of() : competencies.visible(goals.stream().map(AssignmentView.Goal::competencyId).toList());
    return goals.stream()
        .map(
            g -> {
              Map<String, Object> row = new HashMap<>();
              row.put("competencyId", g.competencyId());
              row.put("competency", refs.containsKey(g.competencyId()) ? refs.get(g.competencyId()).code() + " " + refs.get(g.competencyId()).name() : "#" + g.competencyId());
              row.put("target", g.targetLevel());
              row.put("dueOn", g.dueOn().toString());
              row.put("self", g.selfLevel() == null ? 0 : g.selfLevel());
              row.put("final", g.finalLevel() == null ? 0 : g.finalLevel());
              return row;
            })
        .toList();
  }

  public List<Integer> getLevels() {
    return List.of(1, 2, 3, 4, 5);
  }

  private long version() {
    Long version = longParameter("assignmentVersion");
    return version == null ? -1 : version;
  }

  private String back() {
    return "/portal/mentor/mentee?faces-redirect=true&assignment=" + assignment().id();
  }

  public String sign() {
    if (assignment() == null) {
      return null;
    }
    try {
      assignments.sign(assignment().id(), version());
    } catch (StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentee.signed"));
    return back();
  }

  /** Records the final level of each goal (fields final-{competencyId}). */
  public String assess() {
    if (assignment() == null) {
      return null;
    }
    FinalAssessmentInput input = new FinalAssessmentInput();
    input.goals = new ArrayList<>();
    for (AssignmentView.Goal goal : assignment().agreement().goals()) {
      Long level = longParameter("final-" + goal.competencyId());
      if (level != null && level > 0) {
        FinalAssessmentInput.Rating rating = new FinalAssessmentInput.Rating();
        rating.competencyId = goal.competencyId();
        rating.finalLevel = level.intValue();
        input.goals.add(rating);
      }
    }
    if (input.goals.isEmpty()) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentor.rateAGoal"));
      return null;
    }
    try {
      assignments.assessFinally(assignment().id(), version(), input);
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentor.assessed"));
    return back();
  }

  /** Completes the mentoring once every goal is rated. */
  public String complete() {
    if (assignment() == null) {
      return null;
    }
    StatusInput input = new StatusInput();
    input.status = "COMPLETED";
    try {
      assignments.changeStatus(assignment().id(), version(), input);
    } catch (StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentor.completed"));
    return back();
  }

  // ---- sessions and actions -------------------------------------------------------------------------

  private List<Map<String, Object>> actionsOf(AssignmentView a) {
    List<Map<String, Object>> rows = new ArrayList<>();
    LocalDate today = today();
    for (SessionView s : sessions.list(a.id(), PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
      if (s.actions() == null) {
        continue;
      }
      for (int i = 0; i < s.actions().size(); i++) {
        SessionView.Action action = s.actions().get(i);
        Map<String, Object> row = new HashMap<>();
        row.put("assignment", a.id());
        row.put("mentee", a.menteeName());
        row.put("sessionId", s.id());
        row.put("sessionVersion", s.version());
        row.put("sessionDate", s.date().toString());
        row.put("index", i);
        row.put("text", action.text());
        row.put("dueOn", action.dueOn() == null ? "" : action.dueOn().toString());
        row.put("status", action.status());
        row.put("open", action.status().equals("OPEN"));
        row.put("overdue", action.status().equals("OPEN") && action.dueOn() != null && action.dueOn().isBefore(today));
        rows.add(row);
      }
    }
    return rows;
  }

  /** Every action agreed with the caller's mentees: open ones first, by due date. */
  public List<Map<String, Object>> getActions() {
    List<Map<String, Object>> rows = new ArrayList<>();
    mine().forEach(a -> rows.addAll(actionsOf(a)));
    rows.sort(
        java.util.Comparator.<Map<String, Object>, Boolean>comparing(r -> !(Boolean) r.get("open"))
            .thenComparing(r -> r.get("dueOn").toString().isEmpty() ? "9999" : r.get("dueOn").toString()));
    return rows;
  }

  /** The actions of the one mentoring shown. */
  public List<Map<String, Object>> getMenteeActions() {
    return assignment() == null ? List.of() : actionsOf(assignment());
  }

  /** The mentoring's sessions, newest first (the mentor sees everything they wrote). */
  public List<Map<String, Object>> getSessions() {
    if (assignment() == null) {
      return List.of();
    }
    return sessions.list(assignment().id(), PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(
            s -> {
              Map<String, Object> row = new HashMap<>();
              row.put("date", s.date().toString());
              row.put("minutes", s.durationMinutes());
              row.put("mode", s.mode());
              row.put("topics", s.topics() == null ? "" : s.topics());
              row.put("summary", s.sharedSummary() == null ? "" : s.sharedSummary());
              row.put("notes", s.privateNotes() == null ? "" : s.privateNotes());
              row.put("confirmed", s.confirmed());
              return row;
            })
        .toList();
  }

  public String markDone() {
    return markAction("DONE");
  }

  public String markDropped() {
    return markAction("DROPPED");
  }

  /**
   * Sets the status of the action the form names (sessionId, sessionVersion, actionIndex), rewriting its
   * session as it stands; then back to the page named by "from".
   */
  private String markAction(String status) {
    Long sessionId = longParameter("sessionId");
    Long sessionVersion = longParameter("sessionVersion");
    Long index = longParameter("actionIndex");
    if (sessionId == null || sessionVersion == null || index == null) {
      return null;
    }
    try {
      SessionView session = sessions.get(sessionId);
      if (session.version() != sessionVersion || session.actions() == null || index < 0 || index >= session.actions().size()) {
        throw new StaleVersionException("Session", sessionId);
      }
      sessions.update(sessionId, sessionVersion, rewrite(session, index.intValue(), status));
    } catch (StaleVersionException | ConflictException | NotFoundException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    } catch (AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentor.notYourSession"));
      return null;
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentor.actionMarked"));
    Long assignmentId = longParameter("assignment");
    return "mentee".equals(parameter("from")) && assignmentId != null
        ? "/portal/mentor/mentee?faces-redirect=true&assignment=" + assignmentId
        : "/portal/mentor/actions?faces-redirect=true";
  }

  /** The session's log as the mentor wrote it, with one action's status changed. */
  static SessionInput rewrite(SessionView s, int index, String status) {
    SessionInput input = new SessionInput();
    input.assignmentId = s.assignmentId();
    input.date = s.date();
    input.durationMinutes = s.durationMinutes();
    input.mode = s.mode();
    input.topics = s.topics();
    input.competencyIds = s.competencyIds();
    input.sharedSummary = s.sharedSummary();
    input.privateNotes = s.privateNotes();
    input.actions = new ArrayList<>();
    for (int i = 0; i < s.actions().size(); i++) {
      SessionView.Action action = s.actions().get(i);
      SessionInput.ActionInput a = new SessionInput.ActionInput();
      a.text = action.text();
      a.dueOn = action.dueOn();
      a.status = i == index ? status : action.status();
      input.actions.add(a);
    }
    return input;
  }
}
