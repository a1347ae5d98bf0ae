package id.bina.training.rest;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
import id.bina.platform.rest.Versions;
import id.bina.training.application.plan.AgencyPlanInput;
import id.bina.training.application.plan.AgencyPlanService;
import id.bina.training.application.plan.AgencyPlanView;
import id.bina.training.application.plan.PlanProposal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency's annual competency development plan (rencana pengembangan kompetensi instansi), for HR managers. */
@Path("agency-plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.HR_MANAGER)
@Tag(name = "Development plans", description = "Individual development plans (IDP) and the agency's annual plan")
public class AgencyPlanResource {

  @Inject AgencyPlanService plans;

  @GET
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The agency's annual plans, newest year first, with their line count, seats and budget")
  public Page<AgencyPlanView.Summary> list(
      @QueryParam("year") String year, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return plans.list(QueryValues.smallNumber(year, "year"), PageRequest.of(page, size));
  }

  @POST
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Start the plan of a year (default: next year), as a draft without lines")
  public Response create(@NotNull AgencyPlanInput input, @Context UriInfo uri) {
    AgencyPlanView created = plans.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The plan with its lines: people below standard, gaps closed, cost, plan versus actual; totals")
  public Response get(@PathParam("id") long id) {
    return ok(plans.get(id));
  }

  @POST
  @Path("{id}/lines")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Add a line to a draft plan; needs the plan's If-Match")
  public Response addLine(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull AgencyPlanInput.LineInput line) {
    return ok(plans.addLine(id, Versions.required(ifMatch), line));
  }

  @PUT
  @Path("{id}/lines/{lineId}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Replace a line of a draft plan; needs the plan's If-Match")
  public Response replaceLine(
      @PathParam("id") long id,
      @PathParam("lineId") long lineId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull AgencyPlanInput.LineInput line) {
    return ok(plans.replaceLine(id, lineId, Versions.required(ifMatch), line));
  }

  @DELETE
  @Path("{id}/lines/{lineId}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Remove a line of a draft plan; needs the plan's If-Match")
  public Response removeLine(@PathParam("id") long id, @PathParam("lineId") long lineId, @HeaderParam("If-Match") String ifMatch) {
    return ok(plans.removeLine(id, lineId, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Approve the plan: an HR manager who neither created nor last changed it; needs If-Match")
  public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(plans.approve(id, Versions.required(ifMatch)));
  }

  @GET
  @Path("{id}/proposals")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Competencies to plan for in the agency or a unit: most people below standard, approved IDPs rolled up, a suggested line each")
  public List<PlanProposal> proposals(@PathParam("id") long id, @QueryParam("unitId") String unitId, @QueryParam("limit") String limit) {
    Integer n = QueryValues.smallNumber(limit, "limit");
    return plans.proposals(id, QueryValues.number(unitId, "unitId"), n == null ? 10 : n);
  }

  @GET
  @Path("{id}/export.csv")
  @Produces("text/csv")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The plan as CSV: one row per line and a total row")
  public Response exportCsv(@PathParam("id") long id) {
    return export(id, TableExport.Format.CSV);
  }

  @GET
  @Path("{id}/export.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The plan as a spreadsheet: one row per line and a total row")
  public Response exportXlsx(@PathParam("id") long id) {
    return export(id, TableExport.Format.XLSX);
  }

  private Response export(long id, TableExport.Format format) {
    // Computed before the download starts: a wrong id is a 404, not a broken file; a plan has few lines.
    AgencyPlanView plan = plans.get(id);
    return TableExport.download(
        format, "rencana-pengembangan-kompetensi-" + plan.year(), "Rencana " + plan.year(), AgencyPlanService.EXPORT_HEADER,
        rows -> AgencyPlanService.export(plan, rows));
  }

  private static Response ok(AgencyPlanView plan) {
    return Response.ok(plan).tag(Versions.etag(plan.version())).build();
  }
}
