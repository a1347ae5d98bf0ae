package id.bina.training.rest;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import id.bina.training.ClassStatus;
import id.bina.training.ClassSummary;
import id.bina.training.application.CancellationInput;
import id.bina.training.application.CapacityInput;
import id.bina.training.application.ClassInput;
import id.bina.training.application.ClassService;
import id.bina.training.application.ClassView;
import id.bina.training.application.Recommendations;
import id.bina.training.application.RecommendedClass;
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

/**
 * Classes (offerings) of the agency's courses: HR plans them and moves them through their life with explicit
 * actions (open, close, start, complete, cancel), each with If-Match.
 */
@Path("classes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training catalog", description = "Courses (pelatihan) and their classes")
public class ClassResource {

  @Inject ClassService classes;

  @Inject Recommendations recommendations;

  @GET
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "Classes by first session; filters: courseId, status, from/to (dates), open=true (enrolment open now)")
  public Page<ClassSummary> list(
      @QueryParam("courseId") String courseId,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("open") String open,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    ClassService.Filter filter =
        new ClassService.Filter(
            QueryValues.number(courseId, "courseId"),
            QueryValues.enumeration(ClassStatus.class, status, "status"),
            QueryValues.date(from, "from"),
            QueryValues.date(to, "to"),
            Boolean.TRUE.equals(QueryValues.bool(open, "open")));
    return classes.list(filter, PageRequest.of(page, size));
  }

  @GET
  @Path("recommended")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Open classes that close the caller's largest competency gaps, best first, with the reason")
  public Page<RecommendedClass> recommended(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return recommendations.forCaller(PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "One class with sessions, seats, quotas and trainers")
  public Response get(@PathParam("id") long id) {
    ClassView k = classes.get(id);
    return Response.ok(k).tag(Versions.etag(k.version())).build();
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar; charset=UTF-8")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "The class's sessions as an iCalendar file (one event per session, times in UTC)")
  public Response calendar(@PathParam("id") long id) {
    return Response.ok(classes.calendar(id))
        .header("Content-Disposition", "attachment; filename=\"kelas-" + id + ".ics\"")
        .build();
  }

  @POST
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Plan a class of a course (as a draft)")
  public Response create(@NotNull ClassInput input, @Context UriInfo uri) {
    ClassView created = classes.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Replace a class's details (not once it runs; quotas only as a draft); needs If-Match")
  public Response replace(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull ClassInput input) {
    return ok(classes.replace(id, Versions.required(ifMatch), input));
  }

  @PUT
  @Path("{id}/capacity")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(
      summary = "Change a class's seats; more seats go to the waitlist in order at once, fewer than those taken is a 409; needs If-Match")
  public Response capacity(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull CapacityInput input) {
    return ok(classes.changeCapacity(id, Versions.required(ifMatch), input.capacity));
  }

  @POST
  @Path("{id}/open")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Open (or reopen) a class for enrolment; its course must be published; needs If-Match")
  public Response open(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(classes.move(id, Versions.required(ifMatch), ClassStatus.OPEN, null));
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Close enrolment; needs If-Match")
  public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(classes.move(id, Versions.required(ifMatch), ClassStatus.CLOSED, null));
  }

  @POST
  @Path("{id}/start")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Mark the class as running; needs If-Match")
  public Response start(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(classes.move(id, Versions.required(ifMatch), ClassStatus.RUNNING, null));
  }

  @POST
  @Path("{id}/complete")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Mark a running class as completed; needs If-Match")
  public Response complete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return ok(classes.move(id, Versions.required(ifMatch), ClassStatus.COMPLETED, null));
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Cancel a class that has not started, with a reason; needs If-Match")
  public Response cancel(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CancellationInput input) {
    long version = Versions.required(ifMatch);
    return ok(classes.move(id, version, ClassStatus.CANCELLED, input == null ? null : input.reason));
  }

  private static Response ok(ClassView k) {
    return Response.ok(k).tag(Versions.etag(k.version())).build();
  }
}
