package id.bina.training.rest;

import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import id.bina.training.application.ClassRulesInput;
import id.bina.training.application.ClassRulesService;
import id.bina.training.application.ClassRulesView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A class's enrolment and completion rules (attendance threshold, passing score, HR confirmation, waitlist order). */
@Path("class-rules/{classId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training enrolment")
public class ClassRulesResource {

  @Inject ClassRulesService rules;

  @GET
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "The class's rules (defaults, version 0, until set)")
  public Response get(@PathParam("classId") long classId) {
    ClassRulesView r = rules.get(classId);
    return Response.ok(r).tag(Versions.etag(r.version())).build();
  }

  @PUT
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Replace the class's rules until it completes; needs If-Match (\"0\" while on the defaults)")
  public Response replace(@PathParam("classId") long classId, @HeaderParam("If-Match") String ifMatch, ClassRulesInput input) {
    ClassRulesView r = rules.replace(classId, Versions.required(ifMatch), input);
    return Response.ok(r).tag(Versions.etag(r.version())).build();
  }
}
