package id.bina.evaluation.rest;

import id.bina.evaluation.BenefitEstimateInput;
import id.bina.evaluation.BenefitEstimateView;
import id.bina.evaluation.ResultReports;
import id.bina.evaluation.ResultReports.Subject;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HR's estimate of the money value of a completed class's or course's benefits, for the benefit-cost ratio and ROI
 * (an estimate, always labelled so). Version 0 until one is entered; every change is audited.
 */
@Path("evaluation/results/benefits")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation: learning and results")
public class BenefitResource {

  @Inject ResultReports reports;

  @GET
  @Path("classes/{classId}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The benefit estimate of a completed class (amount null, ETag \"0\" while none)")
  public Response ofClass(@PathParam("classId") long classId) {
    return answer(reports.benefit(Subject.CLASS, classId));
  }

  @PUT
  @Path("classes/{classId}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Enter or replace the benefit estimate of a completed class: amount (rupiah) and how it was estimated; If-Match")
  public Response estimateClass(
      @PathParam("classId") long classId, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BenefitEstimateInput input) {
    return answer(reports.estimateBenefit(Subject.CLASS, classId, Versions.required(ifMatch), input));
  }

  @GET
  @Path("courses/{courseId}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The benefit estimate of a course with completed classes (amount null, ETag \"0\" while none)")
  public Response ofCourse(@PathParam("courseId") long courseId) {
    return answer(reports.benefit(Subject.COURSE, courseId));
  }

  @PUT
  @Path("courses/{courseId}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Enter or replace the benefit estimate of a course (all its completed classes); If-Match")
  public Response estimateCourse(
      @PathParam("courseId") long courseId, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BenefitEstimateInput input) {
    return answer(reports.estimateBenefit(Subject.COURSE, courseId, Versions.required(ifMatch), input));
  }

  private static Response answer(BenefitEstimateView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
