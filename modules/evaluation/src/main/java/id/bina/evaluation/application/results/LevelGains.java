package id.bina.evaluation.application.results;

import java.util.Collection;
import java.util.OptionalLong;

/**
 * Competency levels gained by the participants of completed classes, as the level-3 (behaviour) follow-up
 * measures them: the sum, over participants re-assessed and the competencies their class targets, of the levels
 * gained (level after minus level before, where it rose). The cost report divides the classes' cost by it.
 *
 * <p>Implemented by the level-3 part of evaluation. Until an implementation is deployed, or while it has no
 * re-assessment for the classes (it answers empty), the cost per competency level gained is not computed and the
 * report says why.
 */
public interface LevelGains {

  OptionalLong levelsGained(long agencyId, Collection<Long> classIds);
}
