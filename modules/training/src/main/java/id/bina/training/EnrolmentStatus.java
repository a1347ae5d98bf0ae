package id.bina.training;

import java.util.Set;

/**
 * Where a request for a seat in a class stands. PENDING_APPROVAL and APPROVED hold a seat while they wait
 * (for the direct supervisor, then, where the class asks for it, an HR manager); CONFIRMED holds it for good;
 * WAITLISTED holds none and is promoted in order when a seat frees. WITHDRAWN, REJECTED and CANCELLED (the
 * class was cancelled, or ran without the person) end it; COMPLETED and NOT_COMPLETED are set when the class
 * is completed.
 */
public enum EnrolmentStatus {
  PENDING_APPROVAL,
  APPROVED,
  CONFIRMED,
  WAITLISTED,
  WITHDRAWN,
  REJECTED,
  CANCELLED,
  COMPLETED,
  NOT_COMPLETED;

  /** The states that hold a seat of the class. */
  public static final Set<EnrolmentStatus> HOLDING_A_SEAT = Set.of(PENDING_APPROVAL, APPROVED, CONFIRMED);

  public boolean holdsASeat() {
    return HOLDING_A_SEAT.contains(this);
  }

  /** Still counts as the person's one enrolment in the class (a new request finds it). */
  public boolean isActive() {
    return this != WITHDRAWN && this != REJECTED && this != CANCELLED;
  }
}
