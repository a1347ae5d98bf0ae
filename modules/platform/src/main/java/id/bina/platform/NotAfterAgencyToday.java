package id.bina.platform;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * The date is not after today in the caller's agency (its own time zone: WIB, WITA or WIT). Use it instead of
 * {@code @PastOrPresent}, which compares with the server's clock: on a server in UTC it refused today's date
 * for the first seven to nine hours of every Indonesian day. Null is left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotAfterAgencyToday.Validator.class)
public @interface NotAfterAgencyToday {
  String message() default "must be a date in the past or today";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Injected by the container's CDI-aware validator factory. */
  class Validator implements ConstraintValidator<NotAfterAgencyToday, LocalDate> {

    @Inject Directory directory;

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || !value.isAfter(LocalDate.now(directory.zone()));
    }
  }
}
