package id.bina.competency.rest;

import id.bina.competency.EmployeeGap;
import id.bina.competency.HeatMapView;
import id.bina.competency.UnitGapView;
import id.bina.competency.application.GapReports;
import id.bina.platform.InvalidInputException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gap analysis of many people at once: the heat map of a unit (drill down by unitId), the employees with a
 * given gap, a unit's gap report and its export, and a supervisor's team. unitId absent means the whole
 * agency.
 */
@Path("competency-gaps")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency gaps", description = "Heat map, gap lists and reports over units and the agency")
@RolesAllowed(Role.Names.HR_MANAGER)
public class CompetencyGapResource {

  @Inject GapReports reports;

  @GET
  @Path("heat-map")
  @Operation(summary = "Per unit below the given one (its subtree counted) and competency: people below standard, average gap")
  public HeatMapView heatMap(@QueryParam("unitId") Long unitId) {
    return reports.heatMap(unitId);
  }

  @GET
  @Path("employees")
  @Operation(summary = "Employees of the unit's subtree below standard in one competency, largest gap first")
  public Page<EmployeeGap> employees(
      @QueryParam("unitId") Long unitId,
      @QueryParam("competencyId") Long competencyId,
      @QueryParam("minGap") Integer minGap,
      @QueryParam("includeUnassessed") boolean includeUnassessed,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    if (competencyId == null) {
      throw new InvalidInputException("competencyId", "is required: the competency whose gaps to list");
    }
    if (minGap != null && (minGap < 1 || minGap > 4)) {
      throw new InvalidInputException("minGap", "must be from 1 to 4 levels");
    }
    return reports.employeesWithGap(unitId, competencyId, minGap == null ? 1 : minGap, includeUnassessed, PageRequest.of(page, size));
  }

  @GET
  @Path("report")
  @Operation(summary = "The unit's gap report: each person's gaps and job-person match, weakest match first")
  public Page<UnitGapView> report(
      @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return reports.unitReport(unitId, PageRequest.of(page, size));
  }

  @GET
  @Path("report.csv")
  @Produces("text/csv")
  @Operation(summary = "The unit's gap report as CSV: one line per person and required competency")
  public Response reportCsv(@QueryParam("unitId") Long unitId) {
    return export(unitId, TableExport.Format.CSV);
  }

  @GET
  @Path("report.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @Operation(summary = "The unit's gap report as a spreadsheet: one row per person and required competency")
  public Response reportXlsx(@QueryParam("unitId") Long unitId) {
    return export(unitId, TableExport.Format.XLSX);
  }

  private Response export(Long unitId, TableExport.Format format) {
    // Checked before the download starts, so a wrong unit is a 404, not a broken file.
    reports.heatMapScope(unitId);
    return TableExport.download(
        format,
        "kesenjangan-kompetensi" + (unitId == null ? "" : "-unit-" + unitId),
        "Kesenjangan",
        GapReports.EXPORT_HEADER,
        rows -> reports.export(unitId, rows));
  }

  @GET
  @Path("team")
  @RolesAllowed(Role.Names.SUPERVISOR)
  @Operation(summary = "The caller's direct reports with their gaps and job-person match")
  public Page<UnitGapView> team(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return reports.team(PageRequest.of(page, size));
  }
}
