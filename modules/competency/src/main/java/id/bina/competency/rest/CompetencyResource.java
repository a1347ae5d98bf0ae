package id.bina.competency.rest;

import id.bina.competency.CompetencyCategory;
import id.bina.competency.application.CompetencyInput;
import id.bina.competency.application.CompetencyView;
import id.bina.competency.application.DictionaryImport;
import id.bina.competency.application.DictionaryService;
import id.bina.platform.InvalidInputException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The competency dictionary: national managerial and socio-cultural competencies, and the agency's technical ones. */
@Path("competencies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competency dictionary", description = "Kamus kompetensi: technical, managerial and socio-cultural")
public class CompetencyResource {

  @Inject DictionaryService dictionary;

  @Inject DictionaryImport dictionaryImport;

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(
      summary = "Import technical competencies from CSV, one line per competency and level; all or nothing",
      description = "Columns code,name_id,definition_id,level,description_id,indicators (indicators separated by |),"
          + " optional name_en,definition_en,description_en. A new code adds a competency; a known one gets a new"
          + " revision when its texts differ.")
  public DictionaryImport.Result importCsv(java.io.InputStream csv) {
    return dictionaryImport.importCsv(csv);
  }

  @GET
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "The dictionary, paged; q searches names and codes; retired ones only when asked")
  public Page<CompetencyView.Summary> list(
      @QueryParam("category") String category,
      @QueryParam("q") String search,
      @QueryParam("includeRetired") boolean includeRetired,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return dictionary.list(category(category), search, includeRetired, PageRequest.of(page, size));
  }

  /** Read by hand: JAX-RS would answer an unknown value with 404, not with a clear 400. */
  private static CompetencyCategory category(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CompetencyCategory.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("category", "must be one of " + java.util.Arrays.toString(CompetencyCategory.values()));
    }
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
  })
  @Operation(summary = "One competency with its five levels; ?revision=n shows an earlier revision's texts")
  // No Bean Validation on query parameters: Payara's OpenAPI scanner fails on them (NullPointerException).
  public Response get(@PathParam("id") long id, @QueryParam("revision") Integer revision) {
    if (revision != null && revision < 1) {
      throw new InvalidInputException("revision", "must be 1 or more");
    }
    CompetencyView competency = dictionary.get(id, revision);
    return Response.ok(competency).tag(Versions.etag(competency.version())).build();
  }

  @POST
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Add a technical competency to the agency's dictionary")
  public Response create(@Valid @NotNull CompetencyInput input, @Context UriInfo uri) {
    CompetencyView created = dictionary.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Edit a technical competency: makes a new revision; needs If-Match")
  public Response revise(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CompetencyInput input) {
    CompetencyView revised = dictionary.revise(id, Versions.required(ifMatch), input);
    return Response.ok(revised).tag(Versions.etag(revised.version())).build();
  }

  @POST
  @Path("{id}/retirement")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Retire a technical competency: it stays readable but is no longer offered; needs If-Match")
  public Response retire(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    CompetencyView retired = dictionary.retire(id, Versions.required(ifMatch));
    return Response.ok(retired).tag(Versions.etag(retired.version())).build();
  }
}
