package id.bina.competency;

/**
 * Published after a reviewer accepted an employee's competency evidence (a certificate, a decree, an
 * e-learning completion, a mentoring record): the level now counts in the employee's profile through the
 * assessment {@code assessmentId} (method TRAINING_EVIDENCE). Delivered at least once.
 */
public record EvidenceAccepted(
    long agencyId, long evidenceId, long employeeId, long competencyId, int level, long assessmentId, String kind) {}
