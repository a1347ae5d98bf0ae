package id.bina.evaluation.rest;

import id.bina.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query parameters of the behaviour and mentoring-effectiveness endpoints, read by hand: JAX-RS answers a
 * value it cannot convert with 404; a bad value here is a 400 naming the parameter.
 */
final class BehaviourParams {

  private BehaviourParams() {}

  static Long id(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
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

  static boolean flag(String value, String name) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim().toLowerCase()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException(name, "must be true or false");
    };
  }
}
