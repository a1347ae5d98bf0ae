package id.bina.training;

import java.util.Locale;
import java.util.Optional;

/** The predicate of an annual performance appraisal (SKP), best first. */
public enum SkpPredicate {
  SANGAT_BAIK,
  BAIK,
  BUTUH_PERBAIKAN,
  KURANG,
  SANGAT_KURANG;

  /** Below expectation: what the performance-gap analysis counts (Butuh Perbaikan and worse). */
  public boolean belowExpectation() {
    return ordinal() >= BUTUH_PERBAIKAN.ordinal();
  }

  /** Reads "Sangat Baik", "sangat_baik", "SANGAT-BAIK" alike. */
  public static Optional<SkpPredicate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    for (SkpPredicate p : values()) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
