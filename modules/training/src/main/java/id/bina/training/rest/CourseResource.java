package id.bina.training.rest;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import id.bina.training.ClassStatus;
import id.bina.training.CourseStatus;
import id.bina.training.CourseSummary;
import id.bina.training.CourseType;
import id.bina.training.Modality;
import id.bina.training.application.CourseInput;
import id.bina.training.application.CourseService;
import id.bina.training.application.CourseView;
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

/** The agency's training catalog: courses. */
@Path("courses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training catalog", description = "Courses (pelatihan) and their classes")
public class CourseResource {

  @Inject CourseService courses;

  @GET
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(
      summary = "Search the catalog: q is full-text (Indonesian stemming), with filters; paged, best match first")
  public Page<CourseSummary> search(
      @QueryParam("q") String text,
      @QueryParam("competencyId") String competencyId,
      @QueryParam("modality") String modality,
      @QueryParam("classical") String classical,
      @QueryParam("type") String type,
      @QueryParam("minJp") String minJp,
      @QueryParam("maxJp") String maxJp,
      @QueryParam("status") String status,
      @QueryParam("classFrom") String classFrom,
      @QueryParam("classTo") String classTo,
      @QueryParam("classStatus") String classStatus,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    CourseService.Filter filter =
        new CourseService.Filter(
            text,
            QueryValues.number(competencyId, "competencyId"),
            QueryValues.enumeration(Modality.class, modality, "modality"),
            QueryValues.bool(classical, "classical"),
            QueryValues.enumeration(CourseType.class, type, "type"),
            QueryValues.smallNumber(minJp, "minJp"),
            QueryValues.smallNumber(maxJp, "maxJp"),
            QueryValues.enumeration(CourseStatus.class, status, "status"),
            QueryValues.date(classFrom, "classFrom"),
            QueryValues.date(classTo, "classTo"),
            QueryValues.enumeration(ClassStatus.class, classStatus, "classStatus"));
    return courses.search(filter, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "One course with its competencies, prerequisites and eligibility")
  public Response get(@PathParam("id") long id) {
    CourseView course = courses.get(id);
    return Response.ok(course).tag(Versions.etag(course.version())).build();
  }

  @POST
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Add a course (as a draft)")
  public Response create(@NotNull CourseInput input, @Context UriInfo uri) {
    CourseView created = courses.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Replace a course's details; needs If-Match")
  public Response replace(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull CourseInput input) {
    CourseView course = courses.replace(id, Versions.required(ifMatch), input);
    return Response.ok(course).tag(Versions.etag(course.version())).build();
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Publish a draft course to the agency's employees; needs If-Match")
  public Response publish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    CourseView course = courses.publish(id, Versions.required(ifMatch));
    return Response.ok(course).tag(Versions.etag(course.version())).build();
  }

  @POST
  @Path("{id}/retire")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Retire a course: no new classes; needs If-Match")
  public Response retire(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    CourseView course = courses.retire(id, Versions.required(ifMatch));
    return Response.ok(course).tag(Versions.etag(course.version())).build();
  }
}
