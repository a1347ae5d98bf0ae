package id.bina.mentoring.domain;

/** Where a programme's mentor may sit relative to the mentee's unit (the unit itself, not its subtree). */
public enum UnitRule {
  SAME_UNIT,
  DIFFERENT_UNIT,
  ANY;

  public boolean allows(long mentorUnitId, long menteeUnitId) {
    return switch (this) {
      case SAME_UNIT -> mentorUnitId == menteeUnitId;
      case DIFFERENT_UNIT -> mentorUnitId != menteeUnitId;
      case ANY -> true;
    };
  }
}
