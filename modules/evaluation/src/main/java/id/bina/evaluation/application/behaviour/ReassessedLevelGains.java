package id.bina.evaluation.application.behaviour;

import id.bina.evaluation.application.results.LevelGains;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Levels gained as the level-3 re-assessments measured them: over completed tasks of the given classes, for each
 * targeted competency with a level before and a level after, the rise (a fall counts as no gain, not as a negative
 * gain: the cost report asks what the money bought). Empty while no such pair exists, so the report can say the
 * figure is not known yet rather than "zero levels".
 */
@ApplicationScoped
public class ReassessedLevelGains implements LevelGains {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Override
  public OptionalLong levelsGained(long agencyId, Collection<Long> classIds) {
    if (classIds.isEmpty()) {
      return OptionalLong.empty();
    }
    // One array parameter instead of an IN list: a period report may cover thousands of classes.
    String ids = classIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), coalesce(sum(GREATEST(c.level_after - c.level_before, 0)), 0)"
                        + " FROM evaluation.reassessment_task t JOIN evaluation.reassessment_task_competency c ON c.task_id = t.id"
                        + " WHERE t.agency_id = ?1 AND t.class_id = ANY (CAST(?2 AS bigint[])) AND t.status = 'COMPLETED'"
                        + " AND c.level_before IS NOT NULL AND c.level_after IS NOT NULL")
                .setParameter(1, agencyId)
                .setParameter(2, ids)
                .getSingleResult();
    long pairs = ((Number) row[0]).longValue();
    return pairs == 0 ? OptionalLong.empty() : OptionalLong.of(((Number) row[1]).longValue());
  }
}
