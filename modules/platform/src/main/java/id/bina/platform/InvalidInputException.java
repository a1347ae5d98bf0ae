package id.bina.platform;

import java.util.List;

/** Input that breaks a rule: answered with 400 and a problem+json listing each offending field. */
public class InvalidInputException extends RuntimeException {

  /** One field's problem; {@code row} is set for file imports (1-based data row), otherwise null. */
  public record FieldError(Integer row, String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(null, field, message)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s): " + errors.get(0).field() + " " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
