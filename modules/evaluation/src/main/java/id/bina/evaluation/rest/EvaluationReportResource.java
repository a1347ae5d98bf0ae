package id.bina.evaluation.rest;

import id.bina.evaluation.EvaluationReports;
import id.bina.evaluation.ReportDocument;
import id.bina.platform.Role;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evaluation report across the Kirkpatrick levels of a class, a course or a period (classId, or courseId
 * with an optional from/to, or from/to alone): as a document (JSON), a PDF, a spreadsheet, and its charts as
 * images for the portal. HR managers.
 */
@Path("evaluation/report")
@ApplicationScoped
@Tag(name = "Evaluation: reports")
public class EvaluationReportResource {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject EvaluationReports reports;

  private record Scope(Long classId, Long courseId, LocalDate from, LocalDate to) {

    String fileName() {
      return classId != null ? "evaluasi-kelas-" + classId : courseId != null ? "evaluasi-kursus-" + courseId : "evaluasi-periode";
    }
  }

  private static Scope scope(String classId, String courseId, String from, String to) {
    return new Scope(
        LearningResultQueries.number(classId, "classId"),
        LearningResultQueries.number(courseId, "courseId"),
        LearningResultQueries.date(from, "from"),
        LearningResultQueries.date(to, "to"));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(
      summary = "The evaluation report as a document: introduction, programme, measured results (levels 1-4), analysis,"
          + " conclusions and recommendations")
  public ReportDocument document(
      @QueryParam("classId") String classId, @QueryParam("courseId") String courseId, @QueryParam("from") String from, @QueryParam("to") String to) {
    Scope s = scope(classId, courseId, from, to);
    return reports.document(s.classId(), s.courseId(), s.from(), s.to());
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The evaluation report as an A4 PDF with its charts")
  public Response pdf(
      @QueryParam("classId") String classId, @QueryParam("courseId") String courseId, @QueryParam("from") String from, @QueryParam("to") String to) {
    Scope s = scope(classId, courseId, from, to);
    return Response.ok(reports.pdf(s.classId(), s.courseId(), s.from(), s.to()), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + s.fileName() + ".pdf\"")
        .build();
  }

  @GET
  @Path("xlsx")
  @Produces(XLSX)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The evaluation report's tables as a spreadsheet, a sheet per table")
  public Response workbook(
      @QueryParam("classId") String classId, @QueryParam("courseId") String courseId, @QueryParam("from") String from, @QueryParam("to") String to) {
    Scope s = scope(classId, courseId, from, to);
    return Response.ok(reports.workbook(s.classId(), s.courseId(), s.from(), s.to()), XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + s.fileName() + ".xlsx\"")
        .build();
  }

  @GET
  @Path("charts/{index}.png")
  @Produces("image/png")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Chart number index (from 0, in the document's order) as a PNG image")
  public Response chart(
      @PathParam("index") int index, @QueryParam("classId") String classId, @QueryParam("courseId") String courseId,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    Scope s = scope(classId, courseId, from, to);
    return Response.ok(reports.chartPng(s.classId(), s.courseId(), s.from(), s.to(), index), "image/png")
        // The figures change as answers and re-assessments arrive; a browser must not keep an old chart.
        .header("Cache-Control", "no-store")
        .build();
  }
}
