package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.training.AgencyPlans;
import id.bina.training.AgencyPlans.Line;
import id.bina.training.AgencyPlans.LineForm;
import id.bina.training.AgencyPlans.Plan;
import id.bina.training.CatalogAdministration;
import id.bina.training.SkpPredicate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency's annual competency development plan for HR managers: the plans by year; one plan with its lines
 * (competency, target, type and route, provider, schedule, classes, seats per unit, budget), the gaps each
 * would close, its cost, plan versus actual and the totals; lines added from the gap proposals or by hand,
 * edited and removed while the plan is a draft; approval by another HR manager; the spreadsheet export.
 */
@Named("agencyPlan")
@RequestScoped
public class AgencyPlanPages {

  private static final String LINE_FORM = "lineForm";
  private static final int SPARE_SEAT_ROWS = 2;

  @Inject AgencyPlans plans;

  @Inject CatalogAdministration catalog;

  @Inject CatalogAdminPages choices;

  private Plan plan;
  private List<AgencyPlans.Proposal> proposals;
  private Map<String, Object> lineForm;

  // ---- the list ----

  public List<Map<String, Object>> getPlans() {
    return plans.list(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(
            p -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", p.id());
              row.put("year", p.year());
              row.put("status", p.status());
              row.put("lines", p.lines());
              row.put("seats", p.seats());
              row.put("budget", p.budget());
              return row;
            })
        .toList();
  }

  public String create() {
    SubmittedForm in = new SubmittedForm();
    Integer year = in.integer("year");
    if (in.sayErrors()) {
      return null;
    }
    Plan created = CatalogAdminPages.act(() -> plans.create(year));
    return created == null ? null : CatalogAdminPages.done("agencyPlan.created", "/portal/hr/plan", created.id());
  }

  // ---- one plan ----

  public Long getPlanId() {
    return number(parameter("id"));
  }

  public Plan getPlan() {
    if (plan == null && getPlanId() != null) {
      try {
        plan = plans.get(getPlanId());
      } catch (NotFoundException e) {
        return null;
      }
    }
    return plan;
  }

  public boolean isDraft() {
    return getPlan() != null && getPlan().status().equals("DRAFT");
  }

  public String export(String format) {
    return faces().getExternalContext().getRequestContextPath() + "/api/v1/agency-plans/" + getPlanId() + "/export." + format;
  }

  public List<Map<String, Object>> getLines() {
    if (getPlan() == null) {
      return List.of();
    }
    return getPlan().lines().stream().map(AgencyPlanPages::line).toList();
  }

  private static Map<String, Object> line(Line l) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", l.id());
    row.put("competency", l.competencyCode() + " " + l.competencyName());
    row.put("code", l.competencyCode());
    row.put(
        "target",
        !l.employees().isEmpty()
            ? MessageFormat.format(msg().getString("agencyPlan.listedPeople"), l.employees().size())
            : (l.targetUnitName() == null ? msg().getString("agencyPlan.wholeAgency") : l.targetUnitName())
                + " · " + MessageFormat.format(msg().getString("agencyPlan.gapAtLeast"), l.minGap()));
    row.put("type", l.developmentType() == null ? null : l.developmentType().name());
    row.put("modality", l.modality() == null ? null : l.modality().name());
    row.put("provider", l.providerName());
    row.put(
        "schedule",
        l.plannedQuarter() != null ? msg().getString("idp.quarterShort") + l.plannedQuarter() : l.startsOn() + " – " + l.endsOn());
    row.put("classes", l.classes());
    row.put("seats", l.seats());
    row.put(
        "unitSeats",
        l.unitSeats().stream().map(u -> u.unitName() + " " + u.filled() + "/" + u.planned()).reduce((a, b) -> a + ", " + b).orElse(""));
    row.put("budget", l.budget());
    row.put("costPerSeat", l.costPerSeat());
    row.put("course", l.courseCode() == null ? "" : l.courseCode() + " " + l.courseTitle());
    row.put("below", l.peopleBelowStandard());
    row.put("gapsClosed", l.gapsClosed());
    AgencyPlans.Actual a = l.actual();
    // Seats filled (confirmed enrolments) of the seats the line plans; the classes' own seats in the title.
    row.put("actualSeats", a == null ? "" : a.seatsFilled() + " / " + l.seats());
    row.put("classSeats", a == null ? 0 : a.capacity());
    row.put("completed", a == null ? 0 : a.completed());
    row.put("budgetRemaining", a == null ? l.budget() : a.budgetRemaining());
    row.put("actualClasses", a == null ? 0 : a.classes());
    row.put("jpDelivered", a == null ? 0 : a.jpDelivered());
    row.put("spent", a == null ? 0 : a.spent());
    return row;
  }

  /** The previous year's SKP ratings, as one line of text. */
  public String getPerformance() {
    AgencyPlans.Performance p = getPlan() == null ? null : getPlan().performance();
    if (p == null) {
      return "";
    }
    long good = p.predicates().getOrDefault(SkpPredicate.SANGAT_BAIK, 0L) + p.predicates().getOrDefault(SkpPredicate.BAIK, 0L);
    java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(faces().getViewRoot().getLocale());
    return MessageFormat.format(
        msg().getString("agencyPlan.performanceLine"), Integer.toString(p.year()), count.format(p.rated()), count.format(good),
        count.format(p.belowExpectation()), count.format(p.notRated()));
  }

  // ---- the line form ----

  /** The line being edited ("line" parameter); null when adding one. */
  private Line editedLine() {
    Long id = number(parameter("line"));
    if (id == null || getPlan() == null) {
      return null;
    }
    return getPlan().lines().stream().filter(l -> l.id() == id).findFirst().orElse(null);
  }

  public Long getLineId() {
    Line l = editedLine();
    return l == null ? null : l.id();
  }

  public Map<String, Object> getLineForm() {
    if (lineForm == null) {
      lineForm = lineForm();
    }
    return lineForm;
  }

  private Map<String, Object> lineForm() {
    Map<String, Object> f = new HashMap<>();
    List<String> fields =
        List.of("competency", "unit", "minGap", "type", "modality", "providerKind", "providerName", "quarter", "startsOn", "endsOn",
            "classes", "seats", "budget", "course", "note");
    if (SubmittedForm.posted(LINE_FORM)) {
      SubmittedForm in = new SubmittedForm();
      fields.forEach(name -> f.put(name, in.text(name)));
      return f;
    }
    Line l = editedLine();
    if (l == null) {
      f.put("minGap", "1");
      f.put("type", "TECHNICAL");
      f.put("modality", "CLASSROOM");
      f.put("providerKind", "INTERNAL");
      f.put("quarter", "1");
      f.put("classes", "1");
      return f;
    }
    LineForm form = l.form();
    f.put("competency", text(form.competencyId()));
    f.put("unit", text(form.targetUnitId()));
    f.put("minGap", text(form.minGap()));
    f.put("type", form.developmentType());
    f.put("modality", form.modality());
    f.put("providerKind", form.providerKind());
    f.put("providerName", form.providerName());
    f.put("quarter", text(form.plannedQuarter()));
    f.put("startsOn", form.startsOn());
    f.put("endsOn", form.endsOn());
    f.put("classes", text(form.classes()));
    f.put("seats", text(form.seats()));
    f.put("budget", text(form.budget()));
    f.put("course", text(form.courseId()));
    f.put("note", form.note());
    return f;
  }

  public List<Map<String, Object>> getSeatRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (SubmittedForm.posted(LINE_FORM)) {
      SubmittedForm in = new SubmittedForm();
      for (int i = 0; faces().getExternalContext().getRequestParameterMap().containsKey("seats-unit-" + i); i++) {
        if (in.text("seats-unit-" + i) != null) {
          rows.add(seatRow(rows.size(), in.text("seats-unit-" + i), in.text("seats-count-" + i)));
        }
      }
    } else if (editedLine() != null) {
      for (AgencyPlans.UnitSeats u : editedLine().unitSeats()) {
        rows.add(seatRow(rows.size(), Long.toString(u.unitId()), Integer.toString(u.planned())));
      }
    }
    for (int k = 0; k < SPARE_SEAT_ROWS; k++) {
      rows.add(seatRow(rows.size(), null, null));
    }
    return rows;
  }

  private static Map<String, Object> seatRow(int i, String unit, String seats) {
    Map<String, Object> row = new HashMap<>();
    row.put("i", i);
    row.put("unit", unit);
    row.put("seats", seats);
    return row;
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }

  /** The agency's courses (drafts too: a plan may name a course still being prepared). */
  public List<Map<String, Object>> getCourses() {
    return catalog.courses(null, null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(c -> Map.<String, Object>of("id", Long.toString(c.id()), "label", c.code() + " " + c.title()))
        .toList();
  }

  public String saveLine() {
    SubmittedForm in = new SubmittedForm();
    List<AgencyPlans.Seats> unitSeats = new ArrayList<>();
    for (int i = 0; faces().getExternalContext().getRequestParameterMap().containsKey("seats-unit-" + i); i++) {
      Long unit = in.number("seats-unit-" + i);
      Integer seats = in.integer("seats-count-" + i);
      if (unit != null) {
        if (seats == null) {
          in.error("seats-count-" + i, msg().getString("catalogAdmin.quotaSeats"));
        } else {
          unitSeats.add(new AgencyPlans.Seats(unit, seats));
        }
      }
    }
    Line edited = editedLine();
    LineForm form =
        new LineForm(
            in.number("competency"),
            in.number("unit"),
            in.integer("minGap"),
            edited == null ? List.of() : edited.employees(),
            in.text("type"),
            in.text("modality"),
            in.text("providerKind"),
            in.text("providerName"),
            in.integer("quarter"),
            in.text("startsOn"),
            in.text("endsOn"),
            in.integer("classes"),
            in.integer("seats"),
            unitSeats,
            in.number("budget"),
            in.number("course"),
            in.text("note"));
    Long version = in.number("version");
    if (in.sayErrors()) {
      return null;
    }
    long v = version == null ? -1 : version;
    Plan saved =
        CatalogAdminPages.act(
            () -> edited == null ? plans.addLine(getPlanId(), v, form) : plans.replaceLine(getPlanId(), edited.id(), v, form));
    return saved == null ? null : CatalogAdminPages.done("agencyPlan.lineSaved", "/portal/hr/plan", saved.id());
  }

  public String removeLine() {
    SubmittedForm in = new SubmittedForm();
    Long line = in.number("removeLine");
    Long version = in.number("version");
    if (line == null || version == null) {
      return null;
    }
    Plan saved = CatalogAdminPages.act(() -> plans.removeLine(getPlanId(), line, version));
    return saved == null ? null : CatalogAdminPages.done("agencyPlan.lineRemoved", "/portal/hr/plan", saved.id());
  }

  public String approve() {
    Long version = number(parameter("version"));
    if (version == null) {
      return null;
    }
    Plan saved = CatalogAdminPages.act(() -> plans.approve(getPlanId(), version));
    return saved == null ? null : CatalogAdminPages.done("agencyPlan.approved", "/portal/hr/plan", saved.id());
  }

  // ---- proposals ----

  private List<AgencyPlans.Proposal> proposals() {
    if (proposals == null) {
      proposals = isDraft() ? plans.proposals(getPlanId(), null, 10) : List.of();
    }
    return proposals;
  }

  public List<Map<String, Object>> getProposals() {
    return proposals().stream()
        .map(
            p -> {
              Map<String, Object> row = new HashMap<>();
              row.put("competencyId", p.competencyId());
              row.put("competency", p.code() + " " + p.name());
              row.put("code", p.code());
              row.put("below", p.peopleBelowStandard());
              row.put("required", p.peopleRequired());
              row.put("idp", p.idpPeople());
              LineForm s = p.suggestedLine();
              row.put("seats", s == null ? null : s.seats());
              row.put("classes", s == null ? null : s.classes());
              row.put("budget", s == null ? null : s.budget());
              row.put("addable", s != null);
              return row;
            })
        .toList();
  }

  /** Adds the suggested line of the proposal named by the form's "competencyId" field, as it is. */
  public String addProposal() {
    SubmittedForm in = new SubmittedForm();
    Long competency = in.number("competencyId");
    Long version = in.number("version");
    if (competency == null || version == null) {
      return null;
    }
    LineForm suggested =
        proposals().stream().filter(p -> p.competencyId() == competency).map(AgencyPlans.Proposal::suggestedLine).findFirst().orElse(null);
    if (suggested == null) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
      return null;
    }
    Plan saved = CatalogAdminPages.act(() -> plans.addLine(getPlanId(), version, suggested));
    return saved == null ? null : CatalogAdminPages.done("agencyPlan.lineSaved", "/portal/hr/plan", saved.id());
  }

  // ---- shared ----

  /** Unit choices of the catalog pages (the agency's units in tree order). */
  public List<Map<String, Object>> getUnits() {
    return choices.getUnits();
  }

  private static Long number(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
