package id.bina.competency.domain;

/**
 * Where a piece of evidence stands: WAITING for a reviewer, IN_REVIEW (a reviewer took it), then ACCEPTED
 * (it counts in the profile) or REJECTED (with a reason); WITHDRAWN by the employee while it was waiting.
 */
public enum EvidenceStatus {
  WAITING,
  IN_REVIEW,
  ACCEPTED,
  REJECTED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == WAITING || this == IN_REVIEW;
  }
}
