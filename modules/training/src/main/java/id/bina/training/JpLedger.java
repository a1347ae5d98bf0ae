package id.bina.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The JP ledger: the lesson hours (jam pelajaran) of competency development credited to each civil servant,
 * counted per calendar year against the 20 JP every civil servant is owed. Completed classes credit it
 * themselves; other modules credit what they deliver (mentoring: confirmed coaching sessions at their JP
 * equivalence). Call it inside your transaction.
 */
public interface JpLedger {

  /**
   * Credits {@code jp} to the employee on {@code day} (a day in the agency's zone; its calendar year is the
   * year it counts in). Idempotent on ({@code source}, {@code sourceRef}) within the agency: a repeat credits
   * nothing, so an at-least-once event may call it again.
   *
   * @param source who credits, a stable code (for example {@code TRAINING_CLASS}, {@code MENTORING_SESSION})
   * @param sourceRef the credited thing within the source (for example the enrolment or session id)
   * @param title what the person sees in their ledger
   * @return true when credited now, false when that source and reference were already credited
   * @throws id.bina.platform.InvalidInputException when the employee is not of the agency or a value is invalid
   */
  boolean credit(
      long agencyId, long employeeId, LocalDate day, BigDecimal jp, String source, String sourceRef, String title);
}
