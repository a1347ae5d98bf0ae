package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.say;

import id.bina.platform.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a form posted with plain inputs (pages whose rows vary: sessions, trainers, plan lines), read
 * by name. A number that does not parse is remembered as a field error, so that the page can say every
 * wrong field at once, together with the ones the training module finds.
 */
final class SubmittedForm {

  private final Map<String, String> fields;
  private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

  SubmittedForm() {
    this.fields = faces().getExternalContext().getRequestParameterMap();
  }

  /**
   * Whether the page is shown again after the form with this id was posted (then its fields show what was
   * typed): Faces posts each form's id as a field of its own.
   */
  static boolean posted(String formId) {
    return faces().isPostback() && faces().getExternalContext().getRequestParameterMap().containsKey(formId);
  }

  /** The trimmed text; null when absent or blank. */
  String text(String name) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  boolean checked(String name) {
    return fields.get(name) != null;
  }

  Integer integer(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.add(new InvalidInputException.FieldError(null, name, msg().getString("form.notANumber")));
      return null;
    }
  }

  /** A whole number; dots and commas used as thousands separators (1.500.000) are ignored. */
  Long number(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value.replace(".", "").replace(",", "").replace(" ", ""));
    } catch (NumberFormatException e) {
      errors.add(new InvalidInputException.FieldError(null, name, msg().getString("form.notANumber")));
      return null;
    }
  }

  BigDecimal decimal(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.replace(",", "."));
    } catch (NumberFormatException e) {
      errors.add(new InvalidInputException.FieldError(null, name, msg().getString("form.notANumber")));
      return null;
    }
  }

  void error(String field, String message) {
    errors.add(new InvalidInputException.FieldError(null, field, message));
  }

  /** Says the form's own errors; true when there were any. */
  boolean sayErrors() {
    errors.forEach(SubmittedForm::sayError);
    return !errors.isEmpty();
  }

  /** Says each field the training module refused (at most 20). */
  static void sayErrors(InvalidInputException e) {
    e.errors().stream().limit(20).forEach(SubmittedForm::sayError);
  }

  private static void sayError(InvalidInputException.FieldError error) {
    say(
        FacesMessage.SEVERITY_ERROR,
        (error.row() == null ? "" : MessageFormat.format(msg().getString("admin.row"), error.row()) + " ")
            + error.field() + ": " + error.message());
  }
}
