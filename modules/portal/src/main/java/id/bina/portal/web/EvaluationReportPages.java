package id.bina.portal.web;

import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.evaluation.EvaluationReports;
import id.bina.evaluation.LearningReport;
import id.bina.evaluation.LearningReports;
import id.bina.evaluation.ReportDocument;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's evaluation dashboard (portal/hr/evaluation.xhtml): the evaluation report of a class, or of every class
 * whose last session falls in a period, shown as a page with its tables and charts, and downloadable as PDF or
 * spreadsheet. The figures and the layout come from the evaluation module's report, so page, PDF and
 * spreadsheet say the same.
 */
@Named("evaluationReport")
@RequestScoped
public class EvaluationReportPages {

  @Inject EvaluationReports reports;

  @Inject LearningReports learning;

  @Inject Directory directory;

  private Long classId;
  private LocalDate from;
  private LocalDate to;
  private boolean scopeRead;
  private List<Map<String, Object>> sections;
  private List<Map<String, Object>> classes;

  private void readScope() {
    if (scopeRead) {
      return;
    }
    scopeRead = true;
    try {
      String k = parameter("classId");
      classId = k == null || k.isBlank() ? null : Long.valueOf(k);
      String f = parameter("from");
      String t = parameter("to");
      LocalDate today = LocalDate.now(directory.zone());
      // Without a class or a period: the last twelve months.
      from = f == null || f.isBlank() ? (classId == null ? today.minusMonths(12) : null) : LocalDate.parse(f);
      to = t == null || t.isBlank() ? (classId == null ? today : null) : LocalDate.parse(t);
    } catch (NumberFormatException | DateTimeParseException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evaluationReport.badScope"));
      classId = null;
      from = null;
      to = null;
    }
  }

  public String getClassId() {
    readScope();
    return classId == null ? "" : classId.toString();
  }

  public String getFrom() {
    readScope();
    return from == null ? "" : from.toString();
  }

  public String getTo() {
    readScope();
    return to == null ? "" : to.toString();
  }

  /** The query string of the scope, for the downloads and the chart images. */
  public String getQuery() {
    readScope();
    List<String> parts = new ArrayList<>();
    if (classId != null) {
      parts.add("classId=" + classId);
    } else {
      if (from != null) {
        parts.add("from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8));
      }
      if (to != null) {
        parts.add("to=" + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8));
      }
    }
    return String.join("&", parts);
  }

  /** Classes completed in the last two years, newest first, to choose from. */
  public List<Map<String, Object>> getClasses() {
    if (classes == null) {
      LocalDate today = LocalDate.now(directory.zone());
      List<LearningReport.Group> groups = learning.groups(LearningReport.Grouping.CLASS, today.minusYears(2), today, null, null).groups();
      classes = new ArrayList<>();
      for (int i = groups.size() - 1; i >= 0; i--) {
        Map<String, Object> option = new HashMap<>();
        option.put("id", groups.get(i).key());
        option.put("label", groups.get(i).label());
        classes.add(option);
      }
    }
    return classes;
  }

  /** The report's sections, each with blocks of kind text, table or chart (charts numbered through the report). */
  public List<Map<String, Object>> getSections() {
    if (sections == null) {
      readScope();
      sections = new ArrayList<>();
      ReportDocument document;
      try {
        document = reports.document(classId, null, classId == null ? from : null, classId == null ? to : null);
      } catch (NotFoundException | InvalidInputException e) {
        say(FacesMessage.SEVERITY_ERROR, msg().getString("evaluationReport.badScope"));
        return sections;
      }
      int chart = 0;
      for (ReportDocument.Section s : document.sections()) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("heading", s.heading());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (ReportDocument.Block b : s.blocks()) {
          Map<String, Object> block = new HashMap<>();
          if (b instanceof ReportDocument.Text t) {
            block.put("kind", "text");
            block.put("text", t.text());
          } else if (b instanceof ReportDocument.Table t) {
            block.put("kind", "table");
            block.put("caption", t.caption());
            block.put("columns", t.columns());
            block.put("rows", t.rows());
          } else if (b instanceof ReportDocument.Chart c) {
            block.put("kind", "chart");
            block.put("title", c.title());
            block.put("index", chart++);
          }
          blocks.add(block);
        }
        section.put("blocks", blocks);
        sections.add(section);
      }
      subtitle = document.subtitle();
    }
    return sections;
  }

  private String subtitle;

  public String getSubtitle() {
    getSections();
    return subtitle;
  }
}
