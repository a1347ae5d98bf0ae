package id.bina.evaluation.domain.behaviour;

/** A re-assessment task waits for its assessor, or was done. */
public enum TaskStatus {
  OPEN,
  COMPLETED
}
