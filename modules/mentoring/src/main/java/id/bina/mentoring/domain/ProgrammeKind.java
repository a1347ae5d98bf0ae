package id.bina.mentoring.domain;

/** What a mentoring programme is for. */
public enum ProgrammeKind {
  /** Orientation of new civil servants (CPNS). */
  ONBOARDING,
  LEADERSHIP,
  TALENT_POOL,
  OTHER
}
