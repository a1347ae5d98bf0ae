package id.bina.platform.organisation.rest;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.organisation.application.EmployeeImport;
import id.bina.platform.organisation.application.EmployeeInput;
import id.bina.platform.organisation.application.EmployeeService;
import id.bina.platform.organisation.application.EmployeeView;
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
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Civil servants (ASN) of the caller's agency. */
@Path("employees")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employees", description = "Civil servants (ASN) of the caller's agency")
public class EmployeeResource {

  @Inject EmployeeService employees;

  @Inject EmployeeImport employeeImport;

  @GET
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR})
  @Operation(summary = "List employees, paged; q searches the name or the start of the NIP")
  public Page<EmployeeView> list(
      @QueryParam("q") String search,
      @QueryParam("unitId") Long unitId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return employees.list(search, unitId, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "One employee; the ETag is its version, to send back in If-Match")
  public Response get(@PathParam("id") long id) {
    EmployeeView employee = employees.get(id);
    return Response.ok(employee).tag(Versions.etag(employee.version())).build();
  }

  @POST
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Add an employee to the caller's agency")
  public Response create(@Valid @NotNull EmployeeInput input, @Context UriInfo uri) {
    EmployeeView created = employees.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(
      summary =
          "Import employees from CSV (UTF-8, header line: nip,name,unit_code,rank_grade,position_code,supervisor_nip,email)."
              + " All or nothing: any invalid row imports nothing and every row's errors are returned (row 1 is the"
              + " first line after the header). Rows are matched by NIP, so the same file twice changes nothing.")
  public EmployeeImport.Result importCsv(InputStream csv) {
    return employeeImport.importCsv(csv);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Replace an employee's details; needs If-Match with the ETag last read")
  public Response update(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull EmployeeInput input) {
    EmployeeView updated = employees.update(id, Versions.required(ifMatch), input);
    return Response.ok(updated).tag(Versions.etag(updated.version())).build();
  }
}
