package id.bina.mentoring.rest;

import id.bina.mentoring.FeedbackAggregate;
import id.bina.mentoring.MentorPool;
import id.bina.mentoring.MentoringFollowUp;
import id.bina.mentoring.MentoringProgrammes;
import id.bina.mentoring.ProgrammeInput;
import id.bina.mentoring.ProgrammeView;
import id.bina.mentoring.SuggestionsView;
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

/** Mentoring programmes (program pembimbingan) and, per programme, the matching of mentors to a mentee. */
@Path("mentoring/programmes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring", description = "Pembimbingan: programmes, mentor pool, assignments, sessions, follow-up")
@RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
public class MentoringProgrammeResource {

  @Inject MentoringProgrammes programmes;

  @Inject MentorPool pool;

  @Inject MentoringFollowUp followUp;

  @GET
  @Operation(summary = "The agency's mentoring programmes")
  public Page<ProgrammeView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return programmes.list(PageRequest.of(page, size));
  }

  @POST
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Define a programme: kind, duration, sessions a month, JP per confirmed session, unit rule")
  public Response create(@Valid @NotNull ProgrammeInput input, @Context UriInfo uri) {
    ProgrammeView created = programmes.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One programme, with its ETag")
  public Response get(@PathParam("id") long id) {
    ProgrammeView view = programmes.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Change a programme; needs If-Match")
  public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ProgrammeInput input) {
    ProgrammeView view = programmes.update(id, Versions.required(ifMatch), input);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @GET
  @Path("{id}/suggestions")
  @Operation(
      summary = "Mentors for a mentee (menteeId; the caller when absent; HR for anyone), best first, with the parts of the score:"
          + " coverage of the mentee's largest gaps (up to 70) and free capacity (up to 30); the reporting line, the unit rule"
          + " and full mentors are left out, with the reason")
  public SuggestionsView suggestions(@PathParam("id") long id, @QueryParam("menteeId") Long menteeId) {
    return pool.suggestions(id, menteeId);
  }

  @GET
  @Path("{id}/feedback")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Mentees' feedback on the programme over all its mentors: averages only from 5 answers on")
  public FeedbackAggregate feedback(@PathParam("id") long id) {
    return followUp.programmeFeedback(id);
  }
}
