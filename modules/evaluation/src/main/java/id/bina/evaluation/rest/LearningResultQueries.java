package id.bina.evaluation.rest;

import id.bina.evaluation.Estimate;
import id.bina.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters of the level-2 and level-4 reports, read by hand: JAX-RS answers a value it cannot convert with
 * 404, and a bad value must be a 400 naming the parameter.
 */
final class LearningResultQueries {

  private LearningResultQueries() {}

  static <E extends Enum<E>> E enumeration(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date (yyyy-mm-dd)");
    }
  }

  static Long number(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }

  /** An estimate as spreadsheet cells: n, value, lower, upper (value and bounds empty when suppressed). */
  static Object[] cells(Estimate e) {
    return e == null ? new Object[] {null, null, null, null} : new Object[] {e.n(), e.value(), e.lower(), e.upper()};
  }
}
