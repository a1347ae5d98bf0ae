package id.bina.training.rest;

import id.bina.platform.InvalidInputException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.training.SkpPredicate;
import id.bina.training.application.plan.RatingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SKP performance ratings (predikat kinerja) per employee and year, for the performance-gap analysis. */
@Path("performance-ratings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Development plans", description = "Individual development plans (IDP) and the agency's annual plan")
public class PerformanceRatingResource {

  @Inject RatingService ratings;

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Import ratings from CSV nip,year,predicate: all or nothing, errors by row; the same file again changes nothing")
  public RatingService.Result importCsv(InputStream csv) {
    return ratings.importCsv(csv);
  }

  @GET
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The ratings of a year in a unit's subtree (the whole agency without unitId), by name")
  public Page<RatingService.RatingLine> list(
      @QueryParam("year") String year,
      @QueryParam("unitId") String unitId,
      @QueryParam("predicate") String predicate,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return ratings.list(
        year(year), QueryValues.number(unitId, "unitId"), QueryValues.enumeration(SkpPredicate.class, predicate, "predicate"), PageRequest.of(page, size));
  }

  @GET
  @Path("summary")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Performance-gap analysis of a year: active people per SKP predicate, below expectation, not rated")
  public RatingService.Summary summary(@QueryParam("year") String year, @QueryParam("unitId") String unitId) {
    return ratings.summary(year(year), QueryValues.number(unitId, "unitId"));
  }

  private static int year(String year) {
    Integer y = QueryValues.smallNumber(year, "year");
    if (y == null) {
      throw new InvalidInputException("year", "must be given");
    }
    return y;
  }
}
