package id.bina.mentoring.domain;

/**
 * REQUESTED: a mentee's request waits for its current candidate; DECLINED: every candidate declined or let
 * the time pass. ACTIVE and PAUSED are open; COMPLETED and ENDED_EARLY are final.
 */
public enum AssignmentStatus {
  REQUESTED,
  DECLINED,
  ACTIVE,
  PAUSED,
  COMPLETED,
  ENDED_EARLY;

  /** Holds a place in the mentor's capacity. */
  public boolean isOpen() {
    return this == ACTIVE || this == PAUSED;
  }
}
