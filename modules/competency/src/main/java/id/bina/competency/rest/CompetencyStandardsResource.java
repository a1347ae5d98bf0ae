package id.bina.competency.rest;

import id.bina.competency.application.DefaultLevels;
import id.bina.competency.application.StandardService;
import id.bina.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Standards of many positions at once: the CSV import and the default levels per kind of position. */
@Path("competency-standards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competency standards")
public class CompetencyStandardsResource {

  @Inject StandardService standards;

  @Inject DefaultLevels defaultLevels;

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(
      summary =
          "Import standards from CSV (header: position_code,competency_code,required_level). All or nothing;"
              + " each position in the file gets exactly the entries listed for it.")
  public StandardService.ImportResult importCsv(InputStream csv) {
    return standards.importCsv(csv);
  }

  @GET
  @Path("default-levels")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "Default required level of the national competencies per kind of position")
  public List<DefaultLevels.Level> defaultLevels() {
    return defaultLevels.all();
  }

  @PUT
  @Path("default-levels")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Set the agency's own default levels, e.g. {\"PENGAWAS\": 3}; other kinds keep theirs")
  public List<DefaultLevels.Level> setDefaultLevels(@NotNull Map<String, Integer> levels) {
    return defaultLevels.set(levels);
  }
}
