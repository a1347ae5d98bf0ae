package id.bina.training.application;

import java.math.BigDecimal;

/**
 * JP an HR manager records for development outside Bina's classes (an external course, a seminar, on-the-job
 * guidance), at its JP equivalence. {@code reference} (for example the decree or certificate number) makes it
 * idempotent: the same reference for the same person is credited once.
 */
public class JpCreditInput {
  public Long employeeId;
  public String day;
  /** The JP to credit; or leave it out and give {@code modality} and {@code hours} to have it converted. */
  public BigDecimal jp;
  public String title;
  public String reference;
  /** The route (a {@link id.bina.training.Modality}, e.g. COACHING, ON_THE_JOB) whose JP equivalence converts {@code hours}. */
  public String modality;
  /** Clock hours spent, converted to JP at the modality's configured JP per hour. */
  public BigDecimal hours;
}
