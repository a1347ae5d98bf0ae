package id.bina.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * NIP (Nomor Induk Pegawai), the 18-digit civil servant number: birth date (yyyymmdd), appointment
 * (yyyymm), gender (1 male, 2 female) and a 3-digit sequence.
 */
public record Nip(String value) {

  public Nip {
    Objects.requireNonNull(value, "value");
    Optional<String> problem = problemWith(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  /** Why the text is not a valid NIP, or empty when it is one. */
  public static Optional<String> problemWith(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("NIP is required");
    }
    if (!text.matches("\\d{18}")) {
      return Optional.of("NIP must be exactly 18 digits");
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(text.substring(0, 4)),
              Integer.parseInt(text.substring(4, 6)),
              Integer.parseInt(text.substring(6, 8)));
    } catch (DateTimeException e) {
      return Optional.of("NIP digits 1-8 must be a birth date (yyyymmdd)");
    }
    YearMonth appointed;
    try {
      appointed =
          YearMonth.of(Integer.parseInt(text.substring(8, 12)), Integer.parseInt(text.substring(12, 14)));
    } catch (DateTimeException e) {
      return Optional.of("NIP digits 9-14 must be an appointment month (yyyymm)");
    }
    if (birth.getYear() < 1900) {
      return Optional.of("NIP birth year must be 1900 or later");
    }
    if (!appointed.isAfter(YearMonth.from(birth))) {
      return Optional.of("NIP appointment month must be after the birth date");
    }
    char gender = text.charAt(14);
    if (gender != '1' && gender != '2') {
      return Optional.of("NIP digit 15 must be the gender: 1 (male) or 2 (female)");
    }
    if (text.substring(15).equals("000")) {
      return Optional.of("NIP sequence (digits 16-18) must not be 000");
    }
    return Optional.empty();
  }

  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(0, 4)),
        Integer.parseInt(value.substring(4, 6)),
        Integer.parseInt(value.substring(6, 8)));
  }

  public YearMonth appointedIn() {
    return YearMonth.of(Integer.parseInt(value.substring(8, 12)), Integer.parseInt(value.substring(12, 14)));
  }

  public Gender gender() {
    return value.charAt(14) == '1' ? Gender.MALE : Gender.FEMALE;
  }

  public enum Gender {
    MALE,
    FEMALE
  }

  @Override
  public String toString() {
    return value;
  }
}
