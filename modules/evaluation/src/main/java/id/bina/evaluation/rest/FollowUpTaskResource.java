package id.bina.evaluation.rest;

import id.bina.evaluation.ReassessmentInput;
import id.bina.evaluation.ReassessmentTaskView;
import id.bina.evaluation.ReassessmentTasks;
import id.bina.platform.InvalidInputException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Re-assessment tasks of the behaviour follow-up (penilaian ulang kompetensi pasca-pelatihan). */
@Path("evaluation/reassessment-tasks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR})
public class FollowUpTaskResource {

  @Inject ReassessmentTasks tasks;

  @GET
  @Operation(
      summary = "scope=MINE (default): the caller's tasks (assigned to them; for HR also those of participants without a"
          + " supervisor), status OPEN by default; scope=AGENCY (HR): every task, overdue=true only those open past the"
          + " deadline, classId narrows to one class")
  public Page<ReassessmentTaskView> list(
      @QueryParam("scope") String scope,
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("classId") String classId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    String which = scope == null || scope.isBlank() ? "MINE" : scope.trim().toUpperCase();
    return switch (which) {
      case "MINE" -> tasks.mine(status, request);
      case "AGENCY" ->
          tasks.ofAgency(status, BehaviourParams.flag(overdue, "overdue"), BehaviourParams.id(classId, "classId"), request);
      default -> throw new InvalidInputException("scope", "must be MINE or AGENCY");
    };
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One task, with its ETag: its assessor and the agency's HR managers see it")
  public Response get(@PathParam("id") long id) {
    ReassessmentTaskView view = tasks.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/completion")
  @Operation(
      summary = "The assessor rates every competency of the task (1-5, with a note): each becomes a SUPERVISOR assessment"
          + " of the participant; needs If-Match")
  public Response complete(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReassessmentInput input) {
    ReassessmentTaskView view = tasks.complete(id, Versions.required(ifMatch), input);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
