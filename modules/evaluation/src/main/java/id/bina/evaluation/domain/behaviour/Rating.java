package id.bina.evaluation.domain.behaviour;

/** The assessor's level (1-5) for one competency of a re-assessment task, with an optional note. */
public record Rating(long competencyId, int level, String note) {}
