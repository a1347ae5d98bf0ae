package id.bina.evaluation.rest;

import id.bina.evaluation.LearningReport;
import id.bina.evaluation.LearningReports;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Kirkpatrick level 2 (learning): normalised gain and pass rate of completed classes, for HR managers. */
@Path("evaluation/learning")
@ApplicationScoped
@Tag(name = "Evaluation: learning and results", description = "Kirkpatrick levels 2 (learning) and 4 (results), ROI estimates")
public class LearningResource {

  static final List<String> EXPORT_HEADER =
      List.of(
          "key", "label", "classes", "participants", "scored", "scores_missing", "gain_undefined",
          "average_of_gains_n", "average_of_gains", "average_of_gains_lower", "average_of_gains_upper",
          "gain_of_averages_n", "gain_of_averages", "bands_n", "band_low", "band_medium", "band_high",
          "mean_pre_n", "mean_pre", "mean_pre_lower", "mean_pre_upper",
          "mean_post_n", "mean_post", "mean_post_lower", "mean_post_upper",
          "mean_change_n", "mean_change", "mean_change_lower", "mean_change_upper",
          "pass_rate_n", "pass_rate", "pass_rate_lower", "pass_rate_upper");

  @Inject LearningReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(
      summary = "Normalised gain (average of gains and gain of averages), bands, mean scores and pass rate per class, course,"
          + " provider, unit or period (by=CLASS|COURSE|PROVIDER|UNIT|YEAR|QUARTER|MONTH), for classes whose last session"
          + " is in [from, to]")
  public LearningReport groups(
      @QueryParam("by") String by,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("courseId") String courseId,
      @QueryParam("unitId") String unitId) {
    return report(by, from, to, courseId, unitId);
  }

  @GET
  @Path("export.csv")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The same report as CSV: one line per group and a total line")
  public Response csv(
      @QueryParam("by") String by,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("courseId") String courseId,
      @QueryParam("unitId") String unitId) {
    return export(report(by, from, to, courseId, unitId), TableExport.Format.CSV);
  }

  @GET
  @Path("export.xlsx")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The same report as a spreadsheet")
  public Response xlsx(
      @QueryParam("by") String by,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("courseId") String courseId,
      @QueryParam("unitId") String unitId) {
    return export(report(by, from, to, courseId, unitId), TableExport.Format.XLSX);
  }

  @GET
  @Path("classes/{classId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "One completed class: its facts and level-2 figures (404 until training's completion has been recorded)")
  public LearningReport.ClassReport ofClass(@PathParam("classId") long classId) {
    return reports.ofClass(classId);
  }

  @GET
  @Path("classes/{classId}/participants")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The class's participants with pre- and post-test, normalised gain and band, passed or not")
  public List<LearningReport.Participant> participants(@PathParam("classId") long classId) {
    return reports.participants(classId);
  }

  private LearningReport report(String by, String from, String to, String courseId, String unitId) {
    return reports.groups(
        LearningResultQueries.enumeration(LearningReport.Grouping.class, by, "by"),
        LearningResultQueries.date(from, "from"),
        LearningResultQueries.date(to, "to"),
        LearningResultQueries.number(courseId, "courseId"),
        LearningResultQueries.number(unitId, "unitId"));
  }

  private static Response export(LearningReport report, TableExport.Format format) {
    return TableExport.download(
        format,
        "evaluasi-pembelajaran-" + report.by().name().toLowerCase(),
        "Level 2",
        EXPORT_HEADER,
        rows -> {
          for (LearningReport.Group g : report.groups()) {
            rows.add(row(g));
          }
          rows.add(row(report.total()));
        });
  }

  private static Object[] row(LearningReport.Group g) {
    LearningReport.Figures f = g.figures();
    List<Object> cells = new ArrayList<>();
    cells.add(g.key());
    cells.add(g.label());
    cells.addAll(Arrays.asList(g.classes(), f.participants(), f.scored(), f.scoresMissing(), f.gainUndefined()));
    cells.addAll(Arrays.asList(LearningResultQueries.cells(f.averageOfGains())));
    cells.addAll(Arrays.asList(f.gainOfAverages().n(), f.gainOfAverages().value()));
    cells.addAll(Arrays.asList(f.bands().n(), f.bands().low(), f.bands().medium(), f.bands().high()));
    cells.addAll(Arrays.asList(LearningResultQueries.cells(f.meanPreTest())));
    cells.addAll(Arrays.asList(LearningResultQueries.cells(f.meanPostTest())));
    cells.addAll(Arrays.asList(LearningResultQueries.cells(f.meanChange())));
    cells.addAll(Arrays.asList(LearningResultQueries.cells(f.passRate())));
    return cells.toArray();
  }
}
