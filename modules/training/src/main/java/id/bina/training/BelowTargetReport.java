package id.bina.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * The people of a unit's subtree (the agency when no unit is given) below the yearly JP target, fewest JP
 * first, with how much of the year is left (in the agency's zone).
 */
public record BelowTargetReport(
    int year,
    BigDecimal target,
    Long unitId,
    int daysLeftInYear,
    BigDecimal yearLeftPercent,
    List<Line> items,
    int page,
    int size,
    long totalItems) {

  public record Line(
      long employeeId, String nip, String name, long unitId, String unitName, String positionName, BigDecimal jp, BigDecimal shortBy) {}
}
