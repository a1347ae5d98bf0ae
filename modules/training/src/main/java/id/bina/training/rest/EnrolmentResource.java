package id.bina.training.rest;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import id.bina.training.EnrolmentStatus;
import id.bina.training.EnrolmentView;
import id.bina.training.application.EnrolmentInput;
import id.bina.training.application.EnrolmentService;
import id.bina.training.application.ReasonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
 * Enrolment in classes: request a seat (201 with a new enrolment, 200 with the existing one for a repeat),
 * approve, reject, confirm, withdraw (each with If-Match), and the lists.
 */
@Path("enrolments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training enrolment", description = "Seats in classes, approval, waitlist")
public class EnrolmentResource {


  @Inject EnrolmentService enrolments;

  @POST
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Request a seat in a class for myself: a seat waiting for approval, or the waitlist when full")
  public Response request(EnrolmentInput input, @Context UriInfo uri) {
    EnrolmentView e = enrolments.request(input);
    Response.ResponseBuilder response =
        e.created()
            ? Response.created(uri.getAbsolutePathBuilder().path(Long.toString(e.id())).build())
            : Response.ok();
    return response.tag(Versions.etag(e.version())).entity(e).build();
  }

  @GET
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "My enrolments; with classId, the participants of a class (HR managers, the class's trainers)")
  public Page<EnrolmentView> list(
      @QueryParam("classId") String classId,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Long k = QueryValues.number(classId, "classId");
    EnrolmentStatus s = QueryValues.enumeration(EnrolmentStatus.class, status, "status");
    return k == null ? enrolments.mine(s, PageRequest.of(page, size)) : enrolments.ofClass(k, s, PageRequest.of(page, size));
  }

  @GET
  @Path("waiting-for-me")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR})
  @Operation(summary = "Requests waiting for my decision: my direct reports' (and, for HR, confirmations), oldest first")
  public Page<EnrolmentView> waitingForMe(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return enrolments.waitingForMe(PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "One enrolment (the person, their approver, HR), with its waitlist position")
  public Response get(@PathParam("id") long id) {
    return ok(enrolments.get(id));
  }

  @POST
  @Path("{id}/approval")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR})
  @Operation(summary = "Approve a request (the direct supervisor; HR for people without one); needs If-Match")
  public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(enrolments.approve(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/rejection")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR})
  @Operation(summary = "Reject a request with a reason; its seat goes to the waitlist; needs If-Match")
  public Response reject(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ReasonInput input) {
    long version = Versions.required(ifMatch);
    return ok(enrolments.reject(id, version, input == null ? null : input.reason));
  }

  @POST
  @Path("{id}/confirmation")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Confirm an approved request (classes with HR confirmation); needs If-Match")
  public Response confirm(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(enrolments.confirm(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Withdraw (the person, or HR) before the class runs; the seat goes to the waitlist; needs If-Match")
  public Response withdraw(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(enrolments.withdraw(id, Versions.required(ifMatch)));
  }

  private static Response ok(EnrolmentView e) {
    return Response.ok(e).tag(Versions.etag(e.version())).build();
  }
}
