package id.bina.mentoring.rest;

import id.bina.mentoring.AgreementInput;
import id.bina.mentoring.AssignmentInput;
import id.bina.mentoring.AssignmentView;
import id.bina.mentoring.FeedbackInput;
import id.bina.mentoring.FinalAssessmentInput;
import id.bina.mentoring.MentoringAssignments;
import id.bina.mentoring.RequestInput;
import id.bina.mentoring.StatusInput;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mentor-mentee assignments: HR's assignment, a mentee's request, the lifecycle, the agreement, feedback. */
@Path("mentoring/assignments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring")
@RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
public class MentoringAssignmentResource {

  @Inject MentoringAssignments assignments;

  @POST
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "HR assigns an approved mentor to a mentee: ACTIVE at once (capacity, reporting line and unit rule checked)")
  public Response assign(@Valid @NotNull AssignmentInput input, @Context UriInfo uri) {
    return created(assignments.assign(input), uri);
  }

  @POST
  @Path("requests")
  @Operation(summary = "A mentee requests up to three mentors, most wanted first; each has 7 days (configurable) to accept")
  public Response request(@Valid @NotNull RequestInput input, @Context UriInfo uri) {
    AssignmentView view = assignments.request(input);
    return Response.created(uri.getBaseUriBuilder().path("mentoring/assignments").path(Long.toString(view.id())).build())
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @Operation(summary = "HR: the agency's assignments; others: those they are mentee or mentor (or asked mentor) of")
  public Page<AssignmentView> list(
      @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return assignments.list(status, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One assignment, with its ETag; the agreement is shown to mentor and mentee only")
  public Response get(@PathParam("id") long id) {
    return withTag(assignments.get(id));
  }

  @POST
  @Path("{id}/acceptance")
  @RolesAllowed(Role.Names.MENTOR)
  @Operation(summary = "The asked mentor (MENTOR role, granted on approval into the pool) accepts the request: ACTIVE from today; needs If-Match")
  public Response accept(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return withTag(assignments.accept(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/declination")
  @RolesAllowed(Role.Names.MENTOR)
  @Operation(summary = "The asked mentor (MENTOR role) declines: the request passes to the next one; needs If-Match")
  public Response decline(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return withTag(assignments.decline(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/status")
  @Operation(summary = "Pause, resume (ACTIVE), complete, or end early with a reason (mentor, mentee or HR); needs If-Match")
  public Response status(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StatusInput input) {
    return withTag(assignments.changeStatus(id, Versions.required(ifMatch), input));
  }

  @PUT
  @Path("{id}/agreement")
  @Operation(summary = "Write the agreement (goals, the mentee's self-rating, action plan); both sign again; needs If-Match")
  public Response agree(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AgreementInput input) {
    return withTag(assignments.agree(id, Versions.required(ifMatch), input));
  }

  @POST
  @Path("{id}/agreement/signature")
  @Operation(summary = "Mentor or mentee signs the agreement as it stands; needs If-Match")
  public Response sign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return withTag(assignments.sign(id, Versions.required(ifMatch)));
  }

  @PUT
  @Path("{id}/final-assessment")
  @Operation(summary = "The mentor re-rates the goals of the signed agreement at the end; needs If-Match")
  public Response assess(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FinalAssessmentInput input) {
    return withTag(assignments.assessFinally(id, Versions.required(ifMatch), input));
  }

  @POST
  @Path("{id}/feedback")
  @Operation(summary = "The mentee's feedback (five answers 1-5), once, stored without any link to them")
  public Response feedback(@PathParam("id") long id, @Valid @NotNull FeedbackInput input) {
    assignments.giveFeedback(id, input);
    return Response.noContent().build();
  }

  private static Response created(AssignmentView view, UriInfo uri) {
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  private static Response withTag(AssignmentView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
