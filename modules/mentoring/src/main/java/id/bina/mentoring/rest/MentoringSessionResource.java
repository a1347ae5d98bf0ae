package id.bina.mentoring.rest;

import id.bina.mentoring.MentoringSessions;
import id.bina.mentoring.SessionInput;
import id.bina.mentoring.SessionView;
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

/**
 * Session logs (catatan sesi pembimbingan): the mentor logs, the mentee confirms. The mentor sees private
 * notes, the mentee the shared summary, HR dates and durations only.
 */
@Path("mentoring/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring")
@RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
public class MentoringSessionResource {

  @Inject MentoringSessions sessions;

  @POST
  @Operation(summary = "The mentor logs a session: assignmentId, date, durationMinutes, mode are enough; the mentee is asked to confirm")
  public Response log(@Valid @NotNull SessionInput input, @Context UriInfo uri) {
    SessionView created = sessions.log(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The sessions of an assignment (assignmentId), newest first, as the caller may see them")
  public Page<SessionView> list(
      @QueryParam("assignmentId") Long assignmentId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    if (assignmentId == null) {
      throw new InvalidInputException("assignmentId", "must be given");
    }
    return sessions.list(assignmentId, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One session as the caller may see it, with its ETag")
  public Response get(@PathParam("id") long id) {
    return withTag(sessions.get(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "The mentor rewrites the log (a confirmed session keeps its date and duration); needs If-Match")
  public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SessionInput input) {
    return withTag(sessions.update(id, Versions.required(ifMatch), input));
  }

  @POST
  @Path("{id}/confirmation")
  @Operation(summary = "The mentee confirms the session took place: it now counts toward JP; needs If-Match")
  public Response confirm(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return withTag(sessions.confirm(id, Versions.required(ifMatch)));
  }

  private static Response withTag(SessionView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
