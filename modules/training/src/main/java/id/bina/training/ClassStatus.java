package id.bina.training;

import java.util.Set;

/**
 * The life of a class (offering): DRAFT, OPEN (for enrolment), CLOSED (enrolment over), RUNNING, COMPLETED;
 * or CANCELLED, with a reason, before it runs.
 */
public enum ClassStatus {
  DRAFT,
  OPEN,
  CLOSED,
  RUNNING,
  COMPLETED,
  CANCELLED;

  /** The states a class may move to from this one. */
  public Set<ClassStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(OPEN, CANCELLED);
      case OPEN -> Set.of(CLOSED, RUNNING, CANCELLED);
      case CLOSED -> Set.of(OPEN, RUNNING, CANCELLED);
      case RUNNING -> Set.of(COMPLETED);
      case COMPLETED, CANCELLED -> Set.of();
    };
  }

  public boolean canMoveTo(ClassStatus target) {
    return next().contains(target);
  }
}
