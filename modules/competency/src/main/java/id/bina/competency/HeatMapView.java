package id.bina.competency;

import java.util.List;

/**
 * A unit's competency heat map: one row per unit directly below it (each counting its whole subtree), plus
 * a row for the people placed in the unit itself, and one cell per competency of their standards.
 */
public record HeatMapView(
    Unit unit, int assessmentValidYears, List<Column> competencies, List<Row> rows, Row total) {

  /** The unit drilled into; null for the whole agency. */
  public record Unit(long id, String code, String name, Long parentId) {}

  public record Column(long id, String code, String category, String nameId) {}

  /**
   * {@code unit} is null for the row of people placed directly in the drilled unit (and for the total);
   * {@code hasSubunits} says whether drilling further shows more rows.
   */
  public record Row(Unit unit, boolean hasSubunits, long employees, List<Cell> cells) {}

  /**
   * Among the people whose standard lists the competency: how many there are, how many hold a valid
   * assessment, how many are below the required level, and the average gap of the assessed (0 = met).
   */
  public record Cell(long competencyId, long required, long assessed, long below, Double averageGap) {

    /** Share of the required people below standard, in percent; what the heat map colours. */
    public Double belowPercent() {
      return assessed == 0 ? null : Math.round(below * 1000.0 / required) / 10.0;
    }
  }
}
