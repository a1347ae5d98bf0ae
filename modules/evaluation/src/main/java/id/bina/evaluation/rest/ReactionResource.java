package id.bina.evaluation.rest;

import id.bina.evaluation.Estimate;
import id.bina.evaluation.ReactionReport;
import id.bina.evaluation.ReactionResults;
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

/**
 * Level-1 results for HR: only surveys whose window has closed and that at least the smallest group shown (5)
 * answered count, in every figure.
 */
@Path("evaluation/reaction")
@ApplicationScoped
@Tag(name = "Evaluation")
@RolesAllowed(Role.Names.HR_MANAGER)
public class ReactionResource {

  static final List<String> EXPORT_HEADER =
      List.of("key", "label", "classes", "responses", "score_n", "score", "score_lower", "score_upper", "d1", "d2", "d3", "d4", "d5");

  @Inject ReactionResults results;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Per item (mean with interval, distribution, n) and per group (by=CLASS|COURSE|PROVIDER|TRAINER|YEAR|QUARTER|MONTH)"
          + " for classes whose last session is in [from, to], kind=REACTION (default) or FOLLOW_UP; closed surveys with at"
          + " least 5 responses only")
  public ReactionReport report(
      @QueryParam("by") String by,
      @QueryParam("kind") String kind,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("courseId") String courseId) {
    return results.report(
        LearningResultQueries.enumeration(ReactionReport.Grouping.class, by, "by"), kind,
        LearningResultQueries.date(from, "from"), LearningResultQueries.date(to, "to"),
        LearningResultQueries.number(courseId, "courseId"));
  }

  @GET
  @Path("export.csv")
  @Operation(summary = "The groups of the same report as CSV")
  public Response csv(
      @QueryParam("by") String by,
      @QueryParam("kind") String kind,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("courseId") String courseId) {
    return export(report(by, kind, from, to, courseId), TableExport.Format.CSV);
  }

  @GET
  @Path("export.xlsx")
  @Operation(summary = "The groups of the same report as a spreadsheet")
  public Response xlsx(
      @QueryParam("by") String by,
      @QueryParam("kind") String kind,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("courseId") String courseId) {
    return export(report(by, kind, from, to, courseId), TableExport.Format.XLSX);
  }

  @GET
  @Path("classes/{classId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "One class's survey: window, invited and answered always; items and comments only once closed with at least 5"
          + " responses (withheldBecause SURVEY_OPEN, TOO_FEW_RESPONSES or NO_SURVEY otherwise)")
  public ReactionReport.ClassResults ofClass(@PathParam("classId") long classId, @QueryParam("kind") String kind) {
    return results.ofClass(classId, kind);
  }

  private static Response export(ReactionReport report, TableExport.Format format) {
    return TableExport.download(
        format,
        "evaluasi-reaksi-" + report.by().name().toLowerCase(),
        "Level 1",
        EXPORT_HEADER,
        rows -> {
          for (ReactionReport.Group g : report.groups()) {
            List<Object> cells = new ArrayList<>(List.of(g.key(), g.label() == null ? "" : g.label(), g.classes(), g.responses()));
            Estimate e = g.score();
            cells.addAll(Arrays.asList(LearningResultQueries.cells(e)));
            long[] d = g.distribution();
            for (int i = 0; i < 5; i++) {
              cells.add(d == null ? null : d[i]);
            }
            rows.add(cells.toArray());
          }
        });
  }
}
