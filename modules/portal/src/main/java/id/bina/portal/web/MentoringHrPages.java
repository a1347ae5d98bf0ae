package id.bina.portal.web;

import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.Competencies;
import id.bina.mentoring.AssignmentInput;
import id.bina.mentoring.FollowUpView;
import id.bina.mentoring.MentorPool;
import id.bina.mentoring.MentorView;
import id.bina.mentoring.MentoringAssignments;
import id.bina.mentoring.MentoringFollowUp;
import id.bina.mentoring.MentoringProgrammes;
import id.bina.mentoring.ProgrammeInput;
import id.bina.mentoring.ProgrammeView;
import id.bina.mentoring.SuggestionsView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HR manager's mentoring pages: programmes (list, create, edit), the mentor pool (approve or turn down
 * applications, withdraw mentors), matching (pick a mentee, see the ranked mentors and why each ranks
 * there, assign) and the follow-up board. Which programme, mentee or filter is shown comes as request
 * parameters, so every view is a link; the mentoring module checks that the caller is HR.
 */
@Named("mentoringHr")
@RequestScoped
public class MentoringHrPages {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject MentoringProgrammes programmes;

  @Inject MentorPool pool;

  @Inject MentoringAssignments assignments;

  @Inject MentoringFollowUp followUp;

  @Inject Competencies competencies;

  @Inject Directory directory;

  // The programme form: a new programme, or the one named by the "edit" parameter.
  private ProgrammeView editing;
  private String name;
  private String kind = "ONBOARDING";
  private Integer durationMonths = 6;
  private Integer targetSessionsPerMonth = 2;
  private BigDecimal jpPerSession = BigDecimal.ONE;
  private String unitRule = "ANY";

  private List<ProgrammeView> programmeList;
  private SuggestionsView suggestions;

  /** Fills the programme form from the programme being edited; a postback then applies what was typed. */
  @PostConstruct
  void load() {
    Long id = longParameter("edit");
    if (id == null) {
      return;
    }
    try {
      editing = programmes.get(id);
    } catch (NotFoundException e) {
      return;
    }
    name = editing.name();
    kind = editing.kind();
    durationMonths = editing.durationMonths();
    targetSessionsPerMonth = editing.targetSessionsPerMonth();
    jpPerSession = editing.jpPerSession();
    unitRule = editing.unitRule();
  }

  static Long longParameter(String name) {
    String value = parameter(name);
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static void sayErrors(InvalidInputException e) {
    e.errors().stream()
        .limit(20)
        .forEach(error -> say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.invalid") + " " + error.field() + ": " + error.message()));
  }

  // ---- programmes -----------------------------------------------------------------------------------

  private List<ProgrammeView> programmeList() {
    if (programmeList == null) {
      programmeList = programmes.list(PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }
    return programmeList;
  }

  public List<Map<String, Object>> getProgrammes() {
    Long chosen = getProgrammeId();
    return programmeList().stream()
        .map(
            p -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", p.id());
              row.put("name", p.name());
              row.put("kind", p.kind());
              row.put("durationMonths", p.durationMonths());
              row.put("targetSessionsPerMonth", p.targetSessionsPerMonth());
              row.put("jpPerSession", p.jpPerSession().stripTrailingZeros().toPlainString());
              row.put("unitRule", p.unitRule());
              row.put("selected", chosen != null && chosen == p.id());
              return row;
            })
        .toList();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Long getEditId() {
    return editing == null ? null : editing.id();
  }

  public Long getEditVersion() {
    return editing == null ? null : editing.version();
  }

  public String getEditName() {
    return editing == null ? null : editing.name();
  }

  public String saveProgramme() {
    ProgrammeInput input = new ProgrammeInput();
    input.name = name == null ? null : name.trim();
    input.kind = kind;
    input.durationMonths = durationMonths;
    input.targetSessionsPerMonth = targetSessionsPerMonth;
    input.jpPerSession = jpPerSession;
    input.unitRule = unitRule;
    try {
      if (editing == null) {
        programmes.create(input);
      } else {
        Long version = longParameter("editVersion");
        programmes.update(editing.id(), version == null ? -1 : version, input);
      }
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (StaleVersionException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    } catch (ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoringHr.programmeNameTaken"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentoringHr.programmeSaved"));
    return "/portal/hr/mentoring-programmes?faces-redirect=true";
  }

  // ---- the mentor pool ------------------------------------------------------------------------------

  private Map<Long, Competencies.CompetencyRef> refs(Collection<Long> ids) {
    return ids.isEmpty() ? Map.of() : competencies.visible(ids);
  }

  /** Competency codes with their names, in the order of the ids. */
  static String names(Collection<Long> ids, Map<Long, Competencies.CompetencyRef> refs) {
    return ids.stream()
        .map(id -> refs.containsKey(id) ? refs.get(id).code() + " " + refs.get(id).name() : "#" + id)
        .collect(Collectors.joining(", "));
  }

  private List<Map<String, Object>> poolRows(String status) {
    List<MentorView> mentors = pool.list(status, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    Set<Long> ids = new HashSet<>();
    mentors.forEach(m -> ids.addAll(m.competencyIds()));
    Map<Long, Competencies.CompetencyRef> refs = refs(ids);
    return mentors.stream()
        .map(
            m -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", m.id());
              row.put("version", m.version());
              row.put("name", m.name());
              row.put("competencies", names(m.competencyIds(), refs));
              row.put("maxMentees", m.maxMentees());
              row.put("activeMentees", m.activeMentees());
              row.put("availability", m.availability() == null ? "" : m.availability());
              row.put("appliedBy", m.appliedBy());
              row.put("appliedAt", m.appliedAt() == null ? "" : WHEN.format(m.appliedAt()));
              row.put("approvedBy", m.approvedBy() == null ? "" : m.approvedBy());
              row.put("withdrawnBy", m.withdrawnBy() == null ? "" : m.withdrawnBy());
              row.put("withdrawnAt", m.withdrawnAt() == null ? "" : WHEN.format(m.withdrawnAt()));
              row.put("reason", m.withdrawalReason() == null ? "" : m.withdrawalReason());
              return row;
            })
        .toList();
  }

  public List<Map<String, Object>> getApplications() {
    return poolRows("APPLIED");
  }

  public List<Map<String, Object>> getMentors() {
    return poolRows("APPROVED");
  }

  public List<Map<String, Object>> getWithdrawn() {
    return poolRows("WITHDRAWN");
  }

  /** Approves the entry named by the form's "mentorId" and "mentorVersion" fields. */
  public String approve() {
    return poolChange(true, "mentoringHr.approved");
  }

  /** Turns down an application or withdraws a mentor, with the form's "reason". */
  public String withdraw() {
    return poolChange(false, "mentoringHr.withdrawn");
  }

  private String poolChange(boolean approve, String done) {
    Long id = longParameter("mentorId");
    Long version = longParameter("mentorVersion");
    if (id == null || version == null) {
      return null;
    }
    try {
      if (approve) {
        pool.approve(id, version);
      } else {
        pool.withdraw(id, version, parameter("reason"));
      }
    } catch (StaleVersionException | ConflictException | NotFoundException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    } catch (AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoringHr.notYourOwn"));
      return null;
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString(done));
    return "/portal/hr/mentor-pool?faces-redirect=true";
  }

  // ---- matching and assignment ----------------------------------------------------------------------

  /** The programme chosen by the "programme" parameter (matching and the follow-up board). */
  public Long getProgrammeId() {
    Long id = longParameter("programme");
    return id != null && programmeList().stream().anyMatch(p -> p.id() == id) ? id : null;
  }

  public String getQuery() {
    return parameter("q");
  }

  public Long getMenteeId() {
    return longParameter("mentee");
  }

  /** Employees whose name or NIP matches the "q" parameter, to pick the mentee. */
  public List<Map<String, Object>> getCandidates() {
    return directory.find(getQuery(), 20).stream()
        .map(
            e -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", e.id());
              row.put("nip", e.nip());
              row.put("name", e.name());
              row.put("unit", e.unit());
              row.put("position", e.position() == null ? "" : e.position());
              return row;
            })
        .toList();
  }

  private SuggestionsView suggestions() {
    if (suggestions == null && getProgrammeId() != null && getMenteeId() != null) {
      try {
        suggestions = pool.suggestions(getProgrammeId(), getMenteeId());
      } catch (NotFoundException e) {
        return null;
      }
    }
    return suggestions;
  }

  public String getMenteeName() {
    Long id = getMenteeId();
    return id == null ? null : directory.employee(id).map(Directory.EmployeeInfo::name).orElse(null);
  }

  public boolean isMatching() {
    return suggestions() != null;
  }

  /** The mentee's gaps the score weighs, largest first. */
  public String getMenteeGaps() {
    SuggestionsView view = suggestions();
    if (view == null || view.menteeGaps().isEmpty()) {
      return msg().getString("mentoringHr.noGaps");
    }
    return view.menteeGaps().stream()
        .map(g -> MessageFormat.format(msg().getString("mentoringHr.gap"), g.code(), g.gap()))
        .collect(Collectors.joining(", "));
  }

  /** The ranked mentors, each with the reason for its rank in words. */
  public List<Map<String, Object>> getSuggestions() {
    return suggestionRows(suggestions(), competencies);
  }

  /** Suggestions as rows: rank, mentorId, name, score, and "why" (coverage and capacity in words). */
  static List<Map<String, Object>> suggestionRows(SuggestionsView view, Competencies competencies) {
    if (view == null) {
      return List.of();
    }
    Set<Long> ids = new HashSet<>();
    view.suggestions().forEach(s -> ids.addAll(s.coveredCompetencyIds()));
    Map<Long, Competencies.CompetencyRef> refs = ids.isEmpty() ? Map.of() : competencies.visible(ids);
    int[] rank = {0};
    return view.suggestions().stream()
        .map(
            s -> {
              Map<String, Object> row = new HashMap<>();
              row.put("rank", ++rank[0]);
              row.put("mentorId", s.mentorId());
              row.put("name", s.name());
              row.put("score", points(s.score()));
              row.put(
                  "why",
                  MessageFormat.format(
                      msg().getString("mentoringHr.why"),
                      Math.round(s.coverage() * 100),
                      points(s.coveragePoints()),
                      s.coveredCompetencyIds().isEmpty() ? msg().getString("mentoringHr.nothingCovered") : names(s.coveredCompetencyIds(), refs),
                      s.capacityLeft(),
                      points(s.capacityPoints())));
              return row;
            })
        .toList();
  }

  private static String points(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The pool members left out, with the reason. */
  public List<Map<String, Object>> getExcluded() {
    SuggestionsView view = suggestions();
    if (view == null) {
      return List.of();
    }
    return view.excluded().stream()
        .map(e -> Map.<String, Object>of("mentorId", e.mentorId(), "name", e.name() == null ? "" : e.name(), "reason", e.reason()))
        .toList();
  }

  public String getToday() {
    return LocalDate.now(directory.zone()).toString();
  }

  /** Assigns the mentor named by the form's "mentorId" to the mentee in the programme, from "startsOn". */
  public String assign() {
    AssignmentInput input = new AssignmentInput();
    input.programmeId = getProgrammeId();
    input.menteeId = getMenteeId();
    input.mentorId = longParameter("mentorId");
    if (input.programmeId == null || input.menteeId == null || input.mentorId == null) {
      return null;
    }
    String startsOn = parameter("startsOn");
    try {
      input.startsOn = startsOn == null ? null : LocalDate.parse(startsOn);
    } catch (java.time.format.DateTimeParseException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.invalid") + " startsOn");
      return null;
    }
    try {
      assignments.assign(input);
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, MessageFormat.format(msg().getString("mentoringHr.assigned"), getMenteeName()));
    return "/portal/hr/mentoring-follow-up?faces-redirect=true&programme=" + input.programmeId;
  }

  // ---- the follow-up board --------------------------------------------------------------------------

  public boolean isStalledOnly() {
    return "true".equals(parameter("stalled"));
  }

  public List<Map<String, Object>> getBoard() {
    List<FollowUpView> rows = followUp.board(getProgrammeId(), isStalledOnly(), PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    return rows.stream()
        .map(
            f -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", f.assignmentId());
              row.put("programme", f.programmeName());
              row.put("mentee", f.menteeName());
              row.put("mentor", f.mentorName());
              row.put("status", f.status());
              row.put("startsOn", f.startsOn().toString());
              row.put("held", f.sessionsHeld());
              row.put("confirmed", f.sessionsConfirmed());
              row.put("expected", f.sessionsExpected());
              row.put("behind", f.behindTarget());
              row.put("overdue", f.overdueActions());
              row.put("lastSession", f.lastSessionOn() == null ? "" : f.lastSessionOn().toString());
              row.put("stalled", f.stalled());
              row.put("version", f.version());
              return row;
            })
        .toList();
  }

  // ---- form fields ----------------------------------------------------------------------------------

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Integer getDurationMonths() {
    return durationMonths;
  }

  public void setDurationMonths(Integer durationMonths) {
    this.durationMonths = durationMonths;
  }

  public Integer getTargetSessionsPerMonth() {
    return targetSessionsPerMonth;
  }

  public void setTargetSessionsPerMonth(Integer targetSessionsPerMonth) {
    this.targetSessionsPerMonth = targetSessionsPerMonth;
  }

  public BigDecimal getJpPerSession() {
    return jpPerSession;
  }

  public void setJpPerSession(BigDecimal jpPerSession) {
    this.jpPerSession = jpPerSession;
  }

  public String getUnitRule() {
    return unitRule;
  }

  public void setUnitRule(String unitRule) {
    this.unitRule = unitRule;
  }
}
