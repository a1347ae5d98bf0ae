package id.bina.competency.rest;

import id.bina.competency.application.StandardInput;
import id.bina.competency.application.StandardService;
import id.bina.competency.application.StandardView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A position's competency standard (standar kompetensi jabatan). */
@Path("positions/{positionId}/competency-standard")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competency standards", description = "Required level per competency for each position")
public class PositionStandardResource {

  @Inject StandardService standards;

  @GET
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "The standard as it applies: written entries and the default level for the other national competencies")
  public Response get(@PathParam("positionId") long positionId) {
    StandardView standard = standards.get(positionId);
    return Response.ok(standard).tag(Versions.etag(standard.version())).build();
  }

  @PUT
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Replace the written entries; needs If-Match (\"0\" for a position never written)")
  public Response replace(
      @PathParam("positionId") long positionId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull StandardInput input) {
    StandardView standard = standards.replace(positionId, Versions.required(ifMatch), input);
    return Response.ok(standard).tag(Versions.etag(standard.version())).build();
  }

  @POST
  @Path("copy")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Give the position the written entries of another position; needs If-Match")
  public Response copy(
      @PathParam("positionId") long positionId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull StandardInput.CopyInput input) {
    StandardView standard = standards.copy(positionId, Versions.required(ifMatch), input.fromPositionId);
    return Response.ok(standard).tag(Versions.etag(standard.version())).build();
  }
}
