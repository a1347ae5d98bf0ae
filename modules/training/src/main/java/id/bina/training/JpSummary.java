package id.bina.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A person's JP of one calendar year against the target, with every credited entry, latest first. */
public record JpSummary(
    long employeeId,
    int year,
    BigDecimal target,
    BigDecimal total,
    BigDecimal remaining,
    boolean targetReached,
    List<Entry> entries) {

  public record Entry(LocalDate day, BigDecimal jp, String source, String sourceRef, String title) {}
}
