package id.bina.training.domain.plan;

import java.util.Set;

/** The life of an IDP: DRAFT, SUBMITTED to the supervisor, then APPROVED or RETURNED (edited and submitted again). */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  RETURNED;

  /** Whether the employee may still change the plan. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  public Set<PlanStatus> next() {
    return switch (this) {
      case DRAFT, RETURNED -> Set.of(SUBMITTED);
      case SUBMITTED -> Set.of(APPROVED, RETURNED);
      case APPROVED -> Set.of();
    };
  }
}
