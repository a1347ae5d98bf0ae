package id.bina.evaluation.rest;

import id.bina.evaluation.BehaviourReport;
import id.bina.evaluation.BehaviourReports;
import id.bina.evaluation.Estimate;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
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

/** HR's level 3 (behaviour) report: levels before training and months after, per targeted competency. */
@Path("evaluation/behaviour")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Role.Names.HR_MANAGER)
public class BehaviourReportResource {

  static final List<String> HEADER =
      List.of(
          "kode_kompetensi", "kompetensi", "n_pasangan", "tanpa_level_sebelum", "rerata_sebelum", "rerata_sesudah",
          "rerata_perubahan", "perubahan_bawah", "perubahan_atas", "proporsi_naik", "naik_bawah", "naik_atas", "tingkat_kepercayaan",
          "tugas_selesai", "tugas_terbuka", "tugas_terlambat");

  @Inject BehaviourReports reports;

  @GET
  @Operation(
      summary = "Per targeted competency: mean level before and after, the mean change with a paired t interval, the share"
          + " whose level rose (Wilson interval), n; groups under 5 suppressed; tasks completed, open and overdue. Filters:"
          + " classId, courseId, unitId (participants' unit at completion, with sub-units), from/to (last session dates)")
  public BehaviourReport report(
      @QueryParam("classId") String classId,
      @QueryParam("courseId") String courseId,
      @QueryParam("unitId") String unitId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return build(classId, courseId, unitId, from, to);
  }

  @GET
  @Path("report.csv")
  @Produces("text/csv")
  @Operation(summary = "The same report as CSV: one line per competency")
  public Response csv(
      @QueryParam("classId") String classId,
      @QueryParam("courseId") String courseId,
      @QueryParam("unitId") String unitId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return export(build(classId, courseId, unitId, from, to), TableExport.Format.CSV);
  }

  @GET
  @Path("report.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @Operation(summary = "The same report as a spreadsheet: one row per competency")
  public Response xlsx(
      @QueryParam("classId") String classId,
      @QueryParam("courseId") String courseId,
      @QueryParam("unitId") String unitId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return export(build(classId, courseId, unitId, from, to), TableExport.Format.XLSX);
  }

  private BehaviourReport build(String classId, String courseId, String unitId, String from, String to) {
    return reports.report(
        BehaviourParams.id(classId, "classId"),
        BehaviourParams.id(courseId, "courseId"),
        BehaviourParams.id(unitId, "unitId"),
        BehaviourParams.date(from, "from"),
        BehaviourParams.date(to, "to"));
  }

  /** Computed before the download starts, so a wrong filter is a 404 or 400, not a broken file. */
  private static Response export(BehaviourReport report, TableExport.Format format) {
    return TableExport.download(
        format,
        "evaluasi-perilaku",
        "Perilaku",
        HEADER,
        rows -> {
          for (BehaviourReport.CompetencyChange c : report.competencies()) {
            // Suppressed figures stay empty cells: only n is shown for a group under the minimum.
            rows.add(
                c.code(), c.name(), c.pairs(), c.notAssessedBefore(), value(c.before()), value(c.after()), value(c.change()),
                c.change().lower(), c.change().upper(), value(c.rose()), c.rose().lower(), c.rose().upper(),
                c.change().confidence(), report.tasks().completed(), report.tasks().open(), report.tasks().overdue());
          }
        });
  }

  private static Double value(Estimate e) {
    return e.value();
  }
}
