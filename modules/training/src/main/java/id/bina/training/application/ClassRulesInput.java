package id.bina.training.application;

import java.math.BigDecimal;

/** New rules of a class: attendance threshold (percent, default 80), optional passing score, HR confirmation, waitlist order. */
public class ClassRulesInput {
  public Integer attendanceThreshold;
  public BigDecimal passingScore;
  public Boolean hrConfirmation;
  /** ARRIVAL (first come, first served; the default) or FEWEST_JP (fewest JP this year first). */
  public String waitlistPriority;
  /** Months a certificate of the class stays valid (a certification); absent: it does not expire. */
  public Integer certificateValidityMonths;
}
