package id.bina.training.rest;

import id.bina.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters read by hand: JAX-RS answers a value it cannot convert with 404, and Bean Validation on
 * parameters breaks Payara's OpenAPI scanner. A bad value is a 400 naming the parameter.
 */
final class QueryValues {

  private QueryValues() {}

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

  static Integer smallNumber(String value, String name) {
    Long n = number(value, name);
    if (n != null && (n < 0 || n > Integer.MAX_VALUE)) {
      throw new InvalidInputException(name, "must be 0 or more");
    }
    return n == null ? null : n.intValue();
  }

  static Boolean bool(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException(name, "must be true or false");
    };
  }
}
