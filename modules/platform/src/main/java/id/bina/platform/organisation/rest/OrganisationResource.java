package id.bina.platform.organisation.rest;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.organisation.application.OrganisationService;
import id.bina.platform.organisation.application.OrganisationService.PositionInput;
import id.bina.platform.organisation.application.OrganisationService.PositionView;
import id.bina.platform.organisation.application.OrganisationService.UnitInput;
import id.bina.platform.organisation.application.OrganisationService.UnitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's agency: its unit tree (unit kerja) and positions (jabatan). */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Unit tree and positions of the caller's agency")
public class OrganisationResource {

  @Inject OrganisationService organisation;

  @GET
  @Path("units")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  public Page<UnitView> units(
      @QueryParam("parentId") Long parentId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return organisation.units(parentId, PageRequest.of(page, size));
  }

  @POST
  @Path("units")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  public Response createUnit(@Valid @NotNull UnitInput input) {
    return Response.status(201).entity(organisation.createUnit(input)).build();
  }

  @GET
  @Path("positions")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  public Page<PositionView> positions(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return organisation.positions(PageRequest.of(page, size));
  }

  @POST
  @Path("positions")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  public Response createPosition(@Valid @NotNull PositionInput input) {
    return Response.status(201).entity(organisation.createPosition(input)).build();
  }
}
