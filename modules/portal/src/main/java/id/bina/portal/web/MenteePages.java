package id.bina.portal.web;

import static id.bina.portal.web.MentoringHrPages.longParameter;
import static id.bina.portal.web.MentoringHrPages.sayErrors;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.Competencies;
import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.mentoring.AgreementInput;
import id.bina.mentoring.AssignmentView;
import id.bina.mentoring.FeedbackInput;
import id.bina.mentoring.MentoringAssignments;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentee's agreement page: the goals (target competency and level, due date, the mentee's own rating
 * at the start), the action plan, both signatures, the final assessment once the mentor rated the goals,
 * and the anonymous feedback questionnaire (five statements on a 1-5 scale). The assignment comes as the
 * "assignment" parameter; the mentoring module answers "not found" to anyone but its mentee or mentor.
 */
@Named("mentee")
@RequestScoped
public class MenteePages {

  /** Goal rows the form offers: the agreement's goals and blank ones up to this many. */
  static final int MAX_GOALS = 10;

  private static final int BLANK_ROWS = 2;

  @Inject MentoringAssignments assignments;

  @Inject CompetencyProfiles profiles;

  @Inject Competencies competencies;

  @Inject Caller caller;

  private AssignmentView assignment;
  private boolean loaded;
  private Map<Long, String> labels;

  /** The caller's mentoring named by the "assignment" parameter, if the caller is its mentee. */
  AssignmentView assignment() {
    if (!loaded) {
      loaded = true;
      Long id = longParameter("assignment");
      if (id != null) {
        try {
          AssignmentView found = assignments.get(id);
          long me = caller.employeeId().orElse(-1L);
          assignment = found.menteeId() == me ? found : null;
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
    row.put("id", a.id());
    row.put("version", a.version());
    row.put("mentor", a.mentorName());
    row.put("programme", a.programmeName());
    row.put("status", a.status());
    row.put("startsOn", a.startsOn() == null ? "" : a.startsOn().toString());
    row.put("open", isOpen(a));
    row.put("actionPlan", agreement == null || agreement.actionPlan() == null ? "" : agreement.actionPlan());
    row.put("mentorSignedAt", agreement == null || agreement.mentorSignedAt() == null ? "" : MentoringHrPages.WHEN.format(agreement.mentorSignedAt()));
    row.put("menteeSignedAt", agreement == null || agreement.menteeSignedAt() == null ? "" : MentoringHrPages.WHEN.format(agreement.menteeSignedAt()));
    row.put("canSign", isOpen(a) && agreement != null && !agreement.goals().isEmpty() && agreement.menteeSignedAt() == null);
    row.put("assessed", agreement != null && agreement.goals().stream().anyMatch(g -> g.finalLevel() != null));
    row.put("editable", isOpen(a) && (agreement == null || agreement.goals().stream().allMatch(g -> g.finalLevel() == null)));
    row.put("feedbackDue", Boolean.FALSE.equals(a.feedbackGiven()) && a.startsOn() != null);
    return row;
  }

  static boolean isOpen(AssignmentView a) {
    return a.status().equals("ACTIVE") || a.status().equals("PAUSED");
  }

  private List<AssignmentView.Goal> goals() {
    AssignmentView a = assignment();
    return a == null || a.agreement() == null ? List.of() : a.agreement().goals();
  }

  /** Competency labels by id: the caller's profile (required, current level) and the agreement's goals. */
  private Map<Long, String> labels() {
    Map<Long, String> labels = new LinkedHashMap<>();
    long me = caller.employeeId().orElse(-1L);
    ProfileView profile = profiles.profileOf(me);
    List<ProfileView.Line> lines = new ArrayList<>(profile.prioritisedGaps());
    profile.competencies().stream().filter(l -> !lines.contains(l)).forEach(lines::add);
    for (ProfileView.Line line : lines) {
      labels.put(
          line.competencyId(),
          line.code() + " " + line.nameId() + " (" + msg().getString("mentee.now") + " " + (line.currentLevel() == null ? "–" : line.currentLevel())
              + ", " + msg().getString("mentee.required") + " " + (line.requiredLevel() == null ? "–" : line.requiredLevel()) + ")");
    }
    List<Long> missing = goals().stream().map(AssignmentView.Goal::competencyId).filter(id -> !labels.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      competencies.visible(missing).values().forEach(c -> labels.put(c.id(), c.code() + " " + c.name()));
    }
    return labels;
  }

  public List<Map<String, Object>> getCompetencyOptions() {
    if (labels == null) {
      labels = labels();
    }
    return labels.entrySet().stream().map(e -> Map.<String, Object>of("id", e.getKey(), "label", e.getValue())).toList();
  }

  /** The agreement's goals, then blank rows to add more. */
  public List<Map<String, Object>> getGoalRows() {
    if (labels == null) {
      labels = labels();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    List<AssignmentView.Goal> goals = goals();
    for (AssignmentView.Goal g : goals) {
      Map<String, Object> row = new HashMap<>();
      row.put("index", rows.size());
      row.put("competencyId", g.competencyId());
      row.put("competency", labels.getOrDefault(g.competencyId(), "#" + g.competencyId()));
      row.put("target", g.targetLevel());
      row.put("dueOn", g.dueOn().toString());
      row.put("self", g.selfLevel() == null ? 0 : g.selfLevel());
      row.put("final", g.finalLevel() == null ? 0 : g.finalLevel());
      row.put("reached", g.finalLevel() != null && g.finalLevel() >= g.targetLevel());
      rows.add(row);
    }
    while (rows.size() < Math.min(MAX_GOALS, goals.size() + BLANK_ROWS)) {
      Map<String, Object> row = new HashMap<>();
      row.put("index", rows.size());
      row.put("competencyId", 0L);
      row.put("target", 0);
      row.put("dueOn", "");
      row.put("self", 0);
      row.put("final", 0);
      row.put("reached", false);
      rows.add(row);
    }
    return rows;
  }

  /** Only the agreement's own goals, for the read-only parts. */
  public List<Map<String, Object>> getGoals() {
    return getGoalRows().subList(0, goals().size());
  }

  public List<Integer> getLevels() {
    return List.of(1, 2, 3, 4, 5);
  }

  private String back() {
    return "/portal/employee/mentoring-agreement?faces-redirect=true&assignment=" + assignment().id();
  }

  /** Saves the goals of the form (fields goal-competency-N, goal-target-N, goal-due-N, goal-self-N) and the plan. */
  public String save() {
    if (assignment() == null) {
      return null;
    }
    AgreementInput input = new AgreementInput();
    input.goals = new ArrayList<>();
    input.actionPlan = parameter("actionPlan");
    for (int i = 0; i < MAX_GOALS; i++) {
      Long competency = longParameter("goal-competency-" + i);
      if (competency == null || competency == 0) {
        continue;
      }
      AgreementInput.GoalInput goal = new AgreementInput.GoalInput();
      goal.competencyId = competency;
      Long target = longParameter("goal-target-" + i);
      Long self = longParameter("goal-self-" + i);
      goal.targetLevel = target == null || target == 0 ? null : target.intValue();
      goal.selfLevel = self == null || self == 0 ? null : self.intValue();
      try {
        String due = parameter("goal-due-" + i);
        goal.dueOn = due == null ? null : LocalDate.parse(due);
      } catch (DateTimeParseException e) {
        goal.dueOn = null;
      }
      if (goal.targetLevel == null || goal.dueOn == null) {
        say(FacesMessage.SEVERITY_ERROR, msg().getString("mentee.goalIncomplete"));
        return null;
      }
      input.goals.add(goal);
    }
    try {
      assignments.agree(assignment().id(), version(), input);
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentee.agreementSaved"));
    return back();
  }

  private long version() {
    Long version = longParameter("assignmentVersion");
    return version == null ? -1 : version;
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

  /** The answers 1 (disagree) to 5 (agree), each with its words. */
  public List<Map<String, Object>> getLikert() {
    return getLevels().stream().map(l -> Map.<String, Object>of("value", l, "label", l + " " + msg().getString("mentee.likert." + l))).toList();
  }

  /** The five feedback statements, in the order the mentoring module stores the answers. */
  public List<Map<String, Object>> getQuestions() {
    List<Map<String, Object>> questions = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      questions.add(Map.of("name", "q" + i, "text", msg().getString("mentee.feedback.q" + i)));
    }
    return questions;
  }

  /** Sends the answers q1..q5 (1-5); every statement needs an answer. */
  public String sendFeedback() {
    if (assignment() == null) {
      return null;
    }
    FeedbackInput input = new FeedbackInput();
    input.answers = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Long answer = longParameter("q" + i);
      if (answer == null || !Set.of(1L, 2L, 3L, 4L, 5L).contains(answer)) {
        say(FacesMessage.SEVERITY_ERROR, msg().getString("mentee.answerAll"));
        return null;
      }
      input.answers.add(answer.intValue());
    }
    try {
      assignments.giveFeedback(assignment().id(), input);
    } catch (ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentee.feedbackAlreadyGiven"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentee.feedbackThanks"));
    return back();
  }
}
