package id.bina.portal.web;

import id.bina.competency.CompetencyGaps;
import id.bina.competency.EmployeeGap;
import id.bina.competency.HeatMapView;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The HR manager's competency heat map: units below the chosen one (the whole agency at first) against the
 * competencies of their standards, each cell coloured by the share of people below standard; a unit's row
 * drills down, a cell lists the people with that gap. The unit and competency come as request parameters,
 * so every view is a link that can be bookmarked.
 */
@Named("heatMap")
@RequestScoped
public class GapHeatMap {

  @Inject CompetencyGaps gaps;

  private HeatMapView view;

  private Page<EmployeeGap> employees;

  private static Long parameter(String name) {
    String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public Long getUnitId() {
    return parameter("unit");
  }

  public HeatMapView getView() {
    if (view == null) {
      view = gaps.heatMap(getUnitId());
    }
    return view;
  }

  public String getUnitName() {
    return getView().unit() == null ? null : getView().unit().name();
  }

  /** Where "up" leads: the parent unit, or the whole agency (empty) from a root unit. */
  public String getParentId() {
    HeatMapView.Unit unit = getView().unit();
    return unit == null || unit.parentId() == null ? "" : unit.parentId().toString();
  }

  public boolean isDrilled() {
    return getView().unit() != null;
  }

  public List<Column> getColumns() {
    return getView().competencies().stream().map(Column::new).toList();
  }

  public List<Row> getRows() {
    Long here = getUnitId();
    return getView().rows().stream().map(r -> new Row(r, here)).toList();
  }

  public Row getTotal() {
    return new Row(getView().total(), getUnitId());
  }

  /** The people with a gap in the chosen competency (parameter "competency") in the chosen unit's subtree. */
  public List<Map<String, Object>> getEmployees() {
    if (employees == null) {
      Long competency = parameter("competency");
      employees =
          competency == null
              ? new Page<>(List.of(), 0, PageRequest.MAX_SIZE, 0)
              : gaps.employeesWithGap(getUnitId(), competency, 1, true, PageRequest.of(0, PageRequest.MAX_SIZE));
    }
    return employees.items().stream()
        .map(
            e -> {
              Map<String, Object> row = new java.util.HashMap<>();
              row.put("name", e.name());
              row.put("nip", e.nip());
              row.put("unit", e.unitName());
              row.put("position", e.positionName());
              row.put("required", e.requiredLevel());
              row.put("current", e.currentLevel());
              row.put("gap", e.gap());
              return row;
            })
        .toList();
  }

  public long getEmployeesTotal() {
    getEmployees();
    return employees.totalItems();
  }

  public String getCompetencyName() {
    Long competency = parameter("competency");
    return getView().competencies().stream()
        .filter(c -> competency != null && c.id() == competency)
        .map(c -> c.code() + " " + c.nameId())
        .findFirst()
        .orElse("");
  }

  /** The export links: the API serves the portal's session too. */
  public String export(String format) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    Long unit = getUnitId();
    return context + "/api/v1/competency-gaps/report." + format + (unit == null ? "" : "?unitId=" + unit);
  }

  public static final class Column {
    private final HeatMapView.Column column;

    Column(HeatMapView.Column column) {
      this.column = column;
    }

    public long getId() {
      return column.id();
    }

    public String getCode() {
      return column.code();
    }

    public String getName() {
      return column.nameId();
    }
  }

  public static final class Row {
    private final HeatMapView.Row row;
    private final Long drilledUnit;

    Row(HeatMapView.Row row, Long drilledUnit) {
      this.row = row;
      this.drilledUnit = drilledUnit;
    }

    /** Null for the people placed in the drilled unit itself. */
    public Long getUnitId() {
      return row.unit() == null ? null : row.unit().id();
    }

    public String getUnitName() {
      return row.unit() == null ? null : row.unit().name();
    }

    public String getUnitCode() {
      return row.unit() == null ? "" : row.unit().code();
    }

    /** The unit whose subtree a cell's people list covers. */
    public String getListUnit() {
      Long unit = row.unit() != null ? row.unit().id() : drilledUnit;
      return unit == null ? "" : unit.toString();
    }

    public boolean isHasSubunits() {
      return row.hasSubunits();
    }

    public long getEmployees() {
      return row.employees();
    }

    public List<Cell> getCells() {
      return row.cells().stream().map(Cell::new).toList();
    }
  }

  public static final class Cell {
    private final HeatMapView.Cell cell;

    Cell(HeatMapView.Cell cell) {
      this.cell = cell;
    }

    public long getCompetencyId() {
      return cell.competencyId();
    }

    public long getRequired() {
      return cell.required();
    }

    public long getBelow() {
      return cell.below();
    }

    public long getAssessed() {
      return cell.assessed();
    }

    public String getAverageGap() {
      return cell.averageGap() == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", cell.averageGap());
    }

    /** The colour band: none measured, none below, under a quarter, under a half, half or more. */
    public String getHeat() {
      Double percent = cell.belowPercent();
      if (cell.required() == 0) {
        return "bina-heat-none";
      }
      if (percent == null) {
        return "bina-heat-unknown";
      }
      return percent == 0 ? "bina-heat-0" : percent < 25 ? "bina-heat-1" : percent < 50 ? "bina-heat-2" : "bina-heat-3";
    }
  }
}
