package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.evaluation.Estimate;
import id.bina.evaluation.QuestionnaireInput;
import id.bina.evaluation.QuestionnaireView;
import id.bina.evaluation.Questionnaires;
import id.bina.evaluation.ReactionReport;
import id.bina.evaluation.ReactionResults;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HR's level-1 pages: the questionnaire builder (hr/questionnaires) and the reaction results with a bar chart
 * (hr/reaction). Results follow the evaluation module's privacy rules: only closed surveys with at least five
 * responses count.
 */
@Named("reaction")
@RequestScoped
public class ReactionHrPages {

  /** Empty item rows the builder offers; blank rows are left out. */
  public static final int BUILDER_ROWS = 10;

  @Inject Questionnaires questionnaires;

  @Inject ReactionResults results;

  private List<QuestionnaireView> list;
  private ReactionReport report;

  /** The questionnaires as maps: Jakarta EL 5 does not read record components. */
  public List<Map<String, Object>> getQuestionnaires() {
    if (list == null) {
      list = questionnaires.list();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (QuestionnaireView q : list) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", q.id());
      row.put("title", q.title());
      row.put("kind", q.kind());
      row.put("standard", q.standard());
      row.put("active", q.active());
      row.put("frozen", q.frozen());
      row.put("items", q.items().stream().map(ReactionSurveyPages::item).toList());
      rows.add(row);
    }
    return rows;
  }

  public List<Integer> getBuilderRows() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 1; i <= BUILDER_ROWS; i++) {
      rows.add(i);
    }
    return rows;
  }

  /** Creates a questionnaire from the builder form: title, kind, and rows "section-n", "text-n", "kind-n". */
  public String create() {
    Map<String, String> form = faces().getExternalContext().getRequestParameterMap();
    List<QuestionnaireInput.Item> items = new ArrayList<>();
    for (int i = 1; i <= BUILDER_ROWS; i++) {
      String text = form.get("text-" + i);
      if (text != null && !text.isBlank()) {
        items.add(new QuestionnaireInput.Item(form.get("section-" + i), text, form.get("kind-" + i), null));
      }
    }
    try {
      questionnaires.create(new QuestionnaireInput(form.get("title"), form.get("kind"), items));
    } catch (InvalidInputException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("questionnaires.invalid") + " " + e.errors().get(0).field() + ": " + e.errors().get(0).message());
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("questionnaires.created"));
    return "/portal/hr/questionnaires?faces-redirect=true";
  }

  public String activate() {
    try {
      questionnaires.activate(Long.parseLong(parameter("questionnaireId")));
    } catch (NotFoundException | ConflictException | NumberFormatException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("questionnaires.activated"));
    return "/portal/hr/questionnaires?faces-redirect=true";
  }

  // ---- results ----

  public String getBy() {
    String by = parameter("by");
    return by == null || by.isBlank() ? "CLASS" : by;
  }

  public String getFrom() {
    return parameter("from");
  }

  public String getTo() {
    return parameter("to");
  }

  /** The report as maps (summary, items, groups), figures already formatted. */
  public Map<String, Object> getReport() {
    ReactionReport r = report();
    Map<String, Object> out = new HashMap<>();
    out.put("responses", r.responses());
    out.put("classesShown", r.classesShown());
    out.put("classesWithheld", r.classesWithheld());
    out.put("items", itemRows(r.items()));
    List<Map<String, Object>> groups = new ArrayList<>();
    for (ReactionReport.Group g : r.groups()) {
      Map<String, Object> row = new HashMap<>();
      row.put("key", g.key());
      row.put("label", g.label());
      row.put("responses", g.responses());
      row.put("figure", figure(g.score()));
      row.put("bar", bar(g.score()));
      groups.add(row);
    }
    out.put("groups", groups);
    return out;
  }

  private ReactionReport report() {
    if (report == null) {
      ReactionReport.Grouping by;
      try {
        by = ReactionReport.Grouping.valueOf(getBy().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        by = ReactionReport.Grouping.CLASS;
      }
      report = results.report(by, "REACTION", date(getFrom()), date(getTo()), null);
    }
    return report;
  }

  // ---- one class ----

  /** The class asked for (?classId=), or null. */
  public Long getClassId() {
    String k = parameter("classId");
    try {
      return k == null || k.isBlank() ? null : Long.valueOf(k);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * One class's survey as a map: its window and response rate always; its items (mean, distribution, n) and
   * comments only when the evaluation module shows them (closed, at least five answers). Null without a class,
   * or when it is not this agency's class (with a message).
   */
  public Map<String, Object> getClassResults() {
    if (classResults == null && getClassId() != null) {
      ReactionReport.ClassResults r;
      try {
        r = results.ofClass(getClassId(), "REACTION");
      } catch (NotFoundException e) {
        say(FacesMessage.SEVERITY_ERROR, msg().getString("reactionResults.class.notFound"));
        return null;
      }
      Map<String, Object> out = new HashMap<>();
      out.put("id", r.classId());
      out.put("label", r.className() + " – " + r.courseTitle());
      out.put("window", r.opensOn() == null ? "—" : r.opensOn() + " – " + r.closesOn());
      out.put(
          "rate",
          r.answered() + " / " + r.invited() + (r.invited() == 0 ? "" : " (" + Math.round(100.0 * r.answered() / r.invited()) + "%)"));
      out.put("shown", r.shown());
      out.put("withheld", r.withheldBecause() == null ? "" : msg().getString("reactionResults.class.withheld." + r.withheldBecause()));
      out.put("items", itemRows(r.items()));
      out.put("comments", r.comments());
      classResults = out;
    }
    return classResults;
  }

  private Map<String, Object> classResults;

  /** Each questionnaire item's line: its mean as figure and bar, n and the distribution of answers. */
  private List<Map<String, Object>> itemRows(List<ReactionReport.ItemResult> results) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (ReactionReport.ItemResult i : results) {
      Map<String, Object> row = new HashMap<>();
      row.put("position", i.position());
      row.put("text", i.text());
      row.put("figure", figure(i.mean()));
      row.put("n", i.mean().n());
      row.put("distribution", distribution(i.distribution()));
      row.put("bar", bar(i.mean()));
      items.add(row);
    }
    return items;
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "3,86 [3,10 – 4,61]" or a dash with n when withheld. */
  public String figure(Estimate e) {
    if (e == null || e.suppressed()) {
      return "— (n = " + (e == null ? 0 : e.n()) + ")";
    }
    return String.format(Locale.forLanguageTag("id-ID"), "%.2f [%.2f – %.2f]", e.value(), e.lower(), e.upper());
  }

  /** The bar's width in percent of the 1-5 scale (0 when withheld). */
  public long bar(Estimate e) {
    return e == null || e.suppressed() ? 0 : Math.round(e.value() / 5 * 100);
  }

  public String distribution(long[] d) {
    return d == null ? "—" : d[0] + " / " + d[1] + " / " + d[2] + " / " + d[3] + " / " + d[4];
  }
}
