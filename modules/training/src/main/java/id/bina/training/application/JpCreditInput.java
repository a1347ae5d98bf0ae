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
  public BigDecimal jp;
  public String title;
  public String reference;
}
