package id.bina.evaluation.rest;

import id.bina.evaluation.Estimate;
import id.bina.evaluation.ResultReport;
import id.bina.evaluation.ResultReports;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
import id.bina.training.SkpPredicate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Kirkpatrick level 4 (results): SKP before and after, cost per JP and per level gained, ROI estimate; HR managers. */
@Path("evaluation/results")
@ApplicationScoped
@Tag(name = "Evaluation: learning and results")
public class ResultResource {

  static final List<String> EXPORT_HEADER = List.of("section", "figure", "n", "value", "lower", "upper", "note");

  @Inject ResultReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(
      summary = "SKP predicates the year before and after, cost per JP and per competency level gained, and the ROI estimate"
          + " of a class, a course or the classes whose last session is in [from, to]")
  public ResultReport report(
      @QueryParam("classId") String classId,
      @QueryParam("courseId") String courseId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return read(classId, courseId, from, to);
  }

  @GET
  @Path("export.csv")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The same report as CSV, one figure a line")
  public Response csv(
      @QueryParam("classId") String classId,
      @QueryParam("courseId") String courseId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return export(read(classId, courseId, from, to), TableExport.Format.CSV);
  }

  @GET
  @Path("export.xlsx")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The same report as a spreadsheet")
  public Response xlsx(
      @QueryParam("classId") String classId,
      @QueryParam("courseId") String courseId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return export(read(classId, courseId, from, to), TableExport.Format.XLSX);
  }

  private ResultReport read(String classId, String courseId, String from, String to) {
    return reports.report(
        LearningResultQueries.number(classId, "classId"),
        LearningResultQueries.number(courseId, "courseId"),
        LearningResultQueries.date(from, "from"),
        LearningResultQueries.date(to, "to"));
  }

  private static Response export(ResultReport report, TableExport.Format format) {
    String name =
        report.classId() != null ? "kelas-" + report.classId() : report.courseId() != null ? "kursus-" + report.courseId() : "periode";
    return TableExport.download(
        format,
        "evaluasi-hasil-" + name,
        "Level 4",
        EXPORT_HEADER,
        rows -> {
          ResultReport.Performance p = report.performance();
          rows.add("scope", "classes", report.classes(), null, null, null, null);
          rows.add("skp", "participations", p.participants(), null, null, null, null);
          distribution(rows, "skp_year_before", p.before());
          distribution(rows, "skp_year_after", p.after());
          estimate(rows, "skp_change", "improved", p.improved());
          estimate(rows, "skp_change", "same", p.same());
          estimate(rows, "skp_change", "worse", p.worse());
          ResultReport.Cost c = report.cost();
          rows.add("cost", "participants", c.participants(), null, null, null, null);
          rows.add("cost", "completed", c.completed(), null, null, null, null);
          rows.add("cost", "total_cost_rupiah", null, c.totalCost(), null, null, null);
          rows.add("cost", "jp_delivered", null, c.jpDelivered(), null, null, null);
          rows.add("cost", "cost_per_jp", null, c.costPerJp(), null, null, null);
          rows.add("cost", "levels_gained", null, c.levelsGained(), null, null, c.levelsGainedNote());
          rows.add("cost", "cost_per_level_gained", null, c.costPerLevelGained(), null, null, c.levelsGainedNote());
          ResultReport.RoiEstimate r = report.roiEstimate();
          if (r != null) {
            rows.add("roi_estimate", "estimated_benefits_rupiah", null, r.estimatedBenefits(), null, null, r.label());
            rows.add("roi_estimate", "costs_rupiah", null, r.costs(), null, null, r.label());
            rows.add("roi_estimate", "benefit_cost_ratio_estimate", null, r.benefitCostRatio(), null, null, r.label());
            rows.add("roi_estimate", "roi_percent_estimate", null, r.roiPercent(), null, null, r.label());
            rows.add("roi_estimate", "basis", null, null, null, null, r.basis() + " (" + r.enteredBy() + ", " + r.enteredAt() + ")");
          }
        });
  }

  private static void distribution(TableExport.Rows rows, String section, ResultReport.Distribution d) {
    for (SkpPredicate p : SkpPredicate.values()) {
      rows.add(section, p.name(), d.n(), d.suppressed() ? null : d.predicates().get(p), null, null, d.suppressed() ? "suppressed" : null);
    }
  }

  private static void estimate(TableExport.Rows rows, String section, String figure, Estimate e) {
    rows.add(section, figure, e.n(), e.value(), e.lower(), e.upper(), e.suppressed() ? "suppressed" : null);
  }
}
