package id.bina.competency.rest;

import id.bina.competency.ProfileView;
import id.bina.competency.application.AssessmentInput;
import id.bina.competency.application.AssessmentService;
import id.bina.competency.application.AssessmentView;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An employee's competency assessments and profile. Visible to the employee, their direct supervisor and
 * the agency's HR managers; to anyone else the employee does not exist (404).
 */
// Not under employees/{id}: JAX-RS picks one root resource per request, so a second root resource below
// the platform's "employees" would hide the platform's own employees/{id} and employees/import.
@Path("competency-profiles/{employeeId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competency profiles", description = "Assessments, current levels and gaps of an employee")
@RolesAllowed({
  Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
})
public class EmployeeCompetencyResource {

  @Inject AssessmentService assessments;

  @GET
  @Operation(summary = "Current level per competency with its source, required level, gap, job-person match")
  public ProfileView profile(@PathParam("employeeId") long employeeId) {
    return assessments.profile(employeeId);
  }

  @GET
  @Path("assessments")
  @Operation(summary = "The assessment history, newest first")
  public Page<AssessmentView> history(
      @PathParam("employeeId") long employeeId,
      @QueryParam("competencyId") Long competencyId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return assessments.history(employeeId, competencyId, PageRequest.of(page, size));
  }

  @POST
  @Path("assessments")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Record an assessment (self, by the direct supervisor, or by HR for the other methods)")
  public Response record(@PathParam("employeeId") long employeeId, @Valid @NotNull AssessmentInput input) {
    return Response.status(201).entity(assessments.record(employeeId, input)).build();
  }
}
