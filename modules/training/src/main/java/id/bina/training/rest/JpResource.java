package id.bina.training.rest;

import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
import id.bina.training.BelowTargetReport;
import id.bina.training.JpSummary;
import id.bina.training.application.JpCreditInput;
import id.bina.training.application.JpLedgerService;
import id.bina.training.application.TrainingHistoryExport;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 20 JP a year: my progress; for HR, who is below the target, as a page or a download. */
@Path("jp")
@ApplicationScoped
@Tag(name = "Training JP", description = "Lesson hours (JP) credited per year against the target")
public class JpResource {

  @Inject JpLedgerService ledger;

  @Inject TrainingHistoryExport history;

  @GET
  @Path("mine")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "My JP of a year (this year by default) against the target, with the entries")
  public JpSummary mine(@QueryParam("year") String year) {
    return ledger.mine(year(year));
  }

  @POST
  @Path("entries")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "Credit JP for development outside Bina's classes; 201 credited, 200 when the reference was already credited")
  public Response credit(JpCreditInput input) {
    return Response.status(ledger.record(input) ? 201 : 200).build();
  }

  @GET
  @Path("below-target")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "People of a unit's subtree (the agency by default) below the target, fewest JP first, with the year left")
  public BelowTargetReport belowTarget(
      @QueryParam("unitId") String unitId,
      @QueryParam("year") String year,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return ledger.belowTarget(QueryValues.number(unitId, "unitId"), year(year), PageRequest.of(page, size));
  }

  @GET
  @Path("below-target.csv")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The below-target list as CSV")
  public Response csv(@QueryParam("unitId") String unitId, @QueryParam("year") String year) {
    return export(unitId, year, TableExport.Format.CSV);
  }

  @GET
  @Path("below-target.xlsx")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(summary = "The below-target list as a spreadsheet")
  public Response xlsx(@QueryParam("unitId") String unitId, @QueryParam("year") String year) {
    return export(unitId, year, TableExport.Format.XLSX);
  }

  @GET
  @Path("siasn-training-history.csv")
  @RolesAllowed(Role.Names.HR_MANAGER)
  @Operation(
      summary = "Completed trainings of the agency in a period (from/to, this year by default; optional employeeId), one row per"
          + " certificate by NIP, in the columns of SIASN's training history (riwayat kursus); see the README for how sure they are")
  public Response siasn(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("employeeId") String employeeId) {
    TrainingHistoryExport.Period period =
        history.period(QueryValues.date(from, "from"), QueryValues.date(to, "to"), QueryValues.number(employeeId, "employeeId"));
    return TableExport.download(
        TableExport.Format.CSV,
        "riwayat-diklat-siasn-" + period.from() + "-" + period.to(),
        "SIASN",
        TrainingHistoryExport.HEADER,
        rows -> history.export(period, rows));
  }

  private Response export(String unitIdParam, String yearParam, TableExport.Format format) {
    Long unitId = QueryValues.number(unitIdParam, "unitId");
    Integer year = year(yearParam);
    ledger.checkScope(unitId);
    return TableExport.download(
        format,
        "jp-di-bawah-target" + (unitId == null ? "" : "-unit-" + unitId),
        "JP",
        JpLedgerService.EXPORT_HEADER,
        rows -> ledger.export(unitId, year, rows));
  }

  private static Integer year(String value) {
    Integer year = QueryValues.smallNumber(value, "year");
    if (year != null && (year < 2000 || year > 2100)) {
      throw new id.bina.platform.InvalidInputException("year", "must be a year from 2000 to 2100");
    }
    return year;
  }
}
