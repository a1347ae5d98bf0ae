package id.bina.training.rest;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import id.bina.training.application.plan.DecisionReason;
import id.bina.training.application.plan.DevelopmentPlanInput;
import id.bina.training.application.plan.DevelopmentPlanService;
import id.bina.training.application.plan.DevelopmentPlanView;
import id.bina.training.domain.plan.PlanStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/** Individual development plans (rencana pengembangan individu): the employee's own, their supervisor's decision. */
@Path("development-plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Development plans", description = "Individual development plans (IDP) and the agency's annual plan")
public class DevelopmentPlanResource {


  @Inject DevelopmentPlanService plans;

  @GET
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Plans the caller may see: their own and their direct reports' (HR: the agency's), by year and name")
  public Page<DevelopmentPlanView.Summary> list(
      @QueryParam("year") String year,
      @QueryParam("status") String status,
      @QueryParam("employeeId") String employeeId,
      @QueryParam("unitId") String unitId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return plans.list(
        new DevelopmentPlanService.Filter(
            QueryValues.smallNumber(year, "year"),
            QueryValues.enumeration(PlanStatus.class, status, "status"),
            QueryValues.number(employeeId, "employeeId"),
            QueryValues.number(unitId, "unitId")),
        PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "One plan: the employee, their direct supervisor and HR managers")
  public Response get(@PathParam("id") long id) {
    return ok(plans.get(id));
  }

  @POST
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Start the caller's own plan for a year (a draft), optionally with gaps and activities")
  public Response create(@NotNull DevelopmentPlanInput input, @Context UriInfo uri) {
    DevelopmentPlanView created = plans.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Replace the gaps and activities of one's own draft or returned plan; needs If-Match")
  public Response replace(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull DevelopmentPlanInput input) {
    return ok(plans.replace(id, Versions.required(ifMatch), input));
  }

  @POST
  @Path("{id}/submit")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Submit one's own plan to the direct supervisor; needs If-Match")
  public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(plans.submit(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR})
  @Operation(summary = "Approve a direct report's submitted plan (HR when the employee has no supervisor); needs If-Match")
  public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(plans.approve(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/return")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR})
  @Operation(summary = "Return a direct report's submitted plan with a reason; needs If-Match")
  public Response returnToEmployee(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull DecisionReason body) {
    return ok(plans.returnToEmployee(id, Versions.required(ifMatch), body.reason));
  }

  private static Response ok(DevelopmentPlanView plan) {
    return Response.ok(plan).tag(Versions.etag(plan.version())).build();
  }
}
