package id.bina.portal.web;

import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.PageRequest;
import id.bina.training.Catalog;
import id.bina.training.DevelopmentPlans;
import id.bina.training.DevelopmentPlans.ActivityForm;
import id.bina.training.DevelopmentPlans.GapChoice;
import id.bina.training.DevelopmentPlans.Plan;
import id.bina.training.Modality;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Individual development plans (IDP) in the portal: the employee chooses gaps of their competency profile,
 * plans activities (a class, a course, mentoring or another non-classical route, with JP and quarter) and
 * submits the plan; their supervisor approves it or returns it with a reason. The training module decides
 * what is a gap, who may edit and who decides.
 */
@Named("idp")
@RequestScoped
public class DevelopmentPlanPages {

  private static final String FORM = "idpForm";
  private static final int SPARE_ACTIVITIES = 2;

  @Inject DevelopmentPlans plans;

  @Inject CompetencyProfiles profiles;

  @Inject Catalog catalog;

  @Inject Caller caller;

  @Inject Directory directory;

  private Optional<Plan> plan;
  private List<ProfileView.Line> gapCandidates;
  private String reason;

  // ---- the employee's plan ----

  public int getYear() {
    String year = parameter("year");
    try {
      return year == null ? LocalDate.now(directory.zone()).getYear() : Integer.parseInt(year);
    } catch (NumberFormatException e) {
      return LocalDate.now(directory.zone()).getYear();
    }
  }

  /** The caller's plan of the year; null before they start one. */
  public Plan getPlan() {
    if (plan == null) {
      plan = plans.mine(getYear());
    }
    return plan.orElse(null);
  }

  /** Why the supervisor returned the plan, while it is returned. */
  public String getReturnReason() {
    return getPlan() == null || !getPlan().status().equals("RETURNED") ? null : getPlan().returnReason();
  }

  /** Whether the form is shown: no plan yet, or one the employee may still change. */
  public boolean isEditable() {
    return getPlan() == null || getPlan().canEdit();
  }

  /** The competencies of the caller's profile below the position's standard (or never assessed). */
  private List<ProfileView.Line> gapCandidates() {
    if (gapCandidates == null) {
      gapCandidates =
          profiles.profileOf(caller.employeeId().orElseThrow()).competencies().stream()
              .filter(l -> l.requiredLevel() != null && (l.currentLevel() == null || l.currentLevel() < l.requiredLevel()))
              .toList();
    }
    return gapCandidates;
  }

  /** One row per gap of the profile: chosen or not, and the target level. */
  public List<Map<String, Object>> getGapRows() {
    SubmittedForm in = SubmittedForm.posted(FORM) ? new SubmittedForm() : null;
    Map<Long, DevelopmentPlans.Gap> chosen = new HashMap<>();
    if (getPlan() != null) {
      getPlan().gaps().forEach(g -> chosen.put(g.competencyId(), g));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ProfileView.Line l : gapCandidates()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", Long.toString(l.competencyId()));
      row.put("code", l.code());
      row.put("name", l.nameId());
      row.put("current", l.currentLevel() == null ? "–" : l.currentLevel().toString());
      row.put("required", l.requiredLevel());
      if (in != null) {
        row.put("chosen", in.checked("gap-" + l.competencyId()));
        row.put("target", in.text("target-" + l.competencyId()));
      } else {
        DevelopmentPlans.Gap g = chosen.get(l.competencyId());
        row.put("chosen", g != null);
        row.put("target", Integer.toString(g != null ? g.targetLevel() : l.requiredLevel()));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The plan's activities (or what was typed), then blank rows. */
  public List<Map<String, Object>> getActivityRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (SubmittedForm.posted(FORM)) {
      SubmittedForm in = new SubmittedForm();
      for (int i = 0; Pages.faces().getExternalContext().getRequestParameterMap().containsKey("act-kind-" + i); i++) {
        if (in.text("act-kind-" + i) != null) {
          rows.add(activityRow(rows.size(), in.text("act-kind-" + i), in.text("act-competency-" + i), in.text("act-class-" + i),
              in.text("act-course-" + i), in.text("act-modality-" + i), in.text("act-description-" + i), in.text("act-jp-" + i),
              in.text("act-quarter-" + i)));
        }
      }
    } else if (getPlan() != null) {
      for (DevelopmentPlans.Activity a : getPlan().activities()) {
        rows.add(activityRow(rows.size(), a.kind(), text(a.competencyId()), text(a.classId()), text(a.courseId()),
            a.modality() == null ? null : a.modality().name(), a.description(), Integer.toString(a.plannedJp()),
            Integer.toString(a.plannedQuarter())));
      }
    }
    for (int k = 0; k < SPARE_ACTIVITIES; k++) {
      rows.add(activityRow(rows.size(), null, null, null, null, null, null, null, null));
    }
    return rows;
  }

  private static Map<String, Object> activityRow(
      int i, String kind, String competency, String classId, String courseId, String modality, String description, String jp, String quarter) {
    Map<String, Object> row = new HashMap<>();
    row.put("i", i);
    row.put("kind", kind);
    row.put("competency", competency);
    row.put("classId", classId);
    row.put("courseId", courseId);
    row.put("modality", modality);
    row.put("description", description);
    row.put("jp", jp);
    row.put("quarter", quarter);
    return row;
  }

  private static String text(Long value) {
    return value == null ? null : value.toString();
  }

  public List<String> getKinds() {
    return List.of("CLASS", "COURSE", "MENTORING", "NON_CLASSICAL");
  }

  public List<String> getNonClassicalModalities() {
    return Arrays.stream(Modality.values()).filter(m -> !m.classical()).map(Enum::name).toList();
  }

  public List<Integer> getLevels() {
    return List.of(1, 2, 3, 4, 5);
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }

  public List<Map<String, Object>> getCompetencies() {
    return gapCandidates().stream()
        .map(l -> Map.<String, Object>of("id", Long.toString(l.competencyId()), "label", l.code() + " " + l.nameId()))
        .toList();
  }

  /** Classes open for enrolment now. */
  public List<Map<String, Object>> getClasses() {
    return plans.openClasses(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(k -> Map.<String, Object>of("id", Long.toString(k.id()), "label",
            k.courseTitle() + " · " + k.name() + " (" + k.firstSessionOn() + ", " + k.lessonHours() + " JP)"))
        .toList();
  }

  /** Published courses of the catalog. */
  public List<Map<String, Object>> getCourses() {
    return catalog.searchCourses(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(c -> Map.<String, Object>of("id", Long.toString(c.id()), "label", c.code() + " " + c.title() + " (" + c.lessonHours() + " JP)"))
        .toList();
  }

  public String save() {
    Plan saved = write();
    if (saved == null) {
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("idp.saved"));
    return "/portal/employee/development-plan?faces-redirect=true&year=" + saved.year();
  }

  /** Saves the form, then submits the plan to the supervisor. */
  public String submit() {
    Plan saved = write();
    if (saved == null) {
      return null;
    }
    Plan submitted = CatalogAdminPages.act(() -> plans.submit(saved.id(), saved.version()));
    if (submitted == null) {
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("idp.submitted"));
    return "/portal/employee/development-plan?faces-redirect=true&year=" + submitted.year();
  }

  private Plan write() {
    SubmittedForm in = new SubmittedForm();
    List<GapChoice> gaps = new ArrayList<>();
    for (ProfileView.Line l : gapCandidates()) {
      if (in.checked("gap-" + l.competencyId())) {
        gaps.add(new GapChoice(l.competencyId(), in.integer("target-" + l.competencyId())));
      }
    }
    List<ActivityForm> activities = new ArrayList<>();
    for (int i = 0; Pages.faces().getExternalContext().getRequestParameterMap().containsKey("act-kind-" + i); i++) {
      String kind = in.text("act-kind-" + i);
      if (kind == null) {
        continue;
      }
      activities.add(
          new ActivityForm(
              kind,
              in.number("act-competency-" + i),
              kind.equals("CLASS") ? in.number("act-class-" + i) : null,
              kind.equals("COURSE") ? in.number("act-course-" + i) : null,
              kind.equals("NON_CLASSICAL") ? in.text("act-modality-" + i) : null,
              in.text("act-description-" + i),
              in.integer("act-jp-" + i),
              in.integer("act-quarter-" + i)));
    }
    Long version = in.number("version");
    if (in.sayErrors()) {
      return null;
    }
    Plan current = getPlan();
    int year = getYear();
    return CatalogAdminPages.act(
        () -> current == null ? plans.create(year, gaps, activities) : plans.replace(current.id(), version == null ? -1 : version, gaps, activities));
  }

  public Object getVersion() {
    return SubmittedForm.posted(FORM) ? parameter("version") : getPlan() == null ? null : getPlan().version();
  }

  // ---- the supervisor's review ----

  /** Submitted plans of the caller's direct reports (HR: of people without a supervisor) waiting for their decision. */
  public List<Map<String, Object>> getToReview() {
    long me = caller.employeeId().orElse(-1L);
    List<Map<String, Object>> out = new ArrayList<>();
    for (DevelopmentPlans.Summary s : plans.list(null, "SUBMITTED", PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
      if (s.employeeId() == me) {
        continue;
      }
      Plan p = plans.get(s.id());
      if (!p.canDecide()) {
        continue;
      }
      Map<String, Object> row = new HashMap<>();
      row.put("id", p.id());
      row.put("version", p.version());
      row.put("employee", p.employeeName());
      row.put("nip", s.nip());
      row.put("year", p.year());
      row.put("jp", p.totalPlannedJp());
      row.put("gaps", p.gaps().stream().map(DevelopmentPlanPages::gap).toList());
      row.put("activities", p.activities().stream().map(DevelopmentPlanPages::activity).toList());
      out.add(row);
    }
    return out;
  }

  /** Every plan of the caller's direct reports, for an overview. */
  public List<Map<String, Object>> getTeamPlans() {
    long me = caller.employeeId().orElse(-1L);
    return plans.list(null, null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .filter(s -> s.employeeId() != me)
        .map(
            s -> {
              Map<String, Object> row = new HashMap<>();
              row.put("employee", s.employeeName());
              row.put("year", s.year());
              row.put("status", s.status());
              row.put("gaps", s.gaps());
              row.put("activities", s.activities());
              row.put("jp", s.plannedJp());
              return row;
            })
        .toList();
  }

  /** The plan's gaps and activities read-only, for the employee once submitted. */
  public List<Map<String, Object>> getPlanGaps() {
    return getPlan() == null ? List.of() : getPlan().gaps().stream().map(DevelopmentPlanPages::gap).toList();
  }

  public List<Map<String, Object>> getPlanActivities() {
    return getPlan() == null ? List.of() : getPlan().activities().stream().map(DevelopmentPlanPages::activity).toList();
  }

  private static Map<String, Object> gap(DevelopmentPlans.Gap g) {
    Map<String, Object> row = new HashMap<>();
    row.put("competency", g.code() + " " + g.name());
    row.put("current", g.currentLevel() == null ? "–" : g.currentLevel().toString());
    row.put("required", g.requiredLevel());
    row.put("target", g.targetLevel());
    return row;
  }

  private static Map<String, Object> activity(DevelopmentPlans.Activity a) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", a.kind());
    row.put(
        "what",
        a.classCode() != null ? a.classCode() + " · " + a.courseTitle()
            : a.courseCode() != null ? a.courseCode() + " " + a.courseTitle()
            : a.description() == null ? "" : a.description());
    row.put("modality", a.modality() == null ? null : a.modality().name());
    row.put("jp", a.plannedJp());
    row.put("quarter", a.plannedQuarter());
    return row;
  }

  public String approve() {
    return decide(true);
  }

  public String returnPlan() {
    return decide(false);
  }

  private String decide(boolean approve) {
    SubmittedForm in = new SubmittedForm();
    Long id = in.number("planId");
    Long version = in.number("planVersion");
    if (id == null || version == null) {
      return null;
    }
    Plan done = CatalogAdminPages.act(() -> approve ? plans.approve(id, version) : plans.returnToEmployee(id, version, reason));
    if (done == null) {
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString(approve ? "idp.approved" : "idp.returned"));
    return "/portal/supervisor/development-plans?faces-redirect=true";
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
