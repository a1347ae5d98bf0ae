package id.bina.mentoring.application;

import id.bina.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Enum values from request bodies and query strings, refused field by field with the values allowed. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  static <E extends Enum<E>> E parseOrNull(Class<E> type, String value, String field) {
    return value == null || value.isBlank() ? null : parse(type, value, field);
  }
}
