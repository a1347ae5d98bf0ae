package id.bina.competency.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * An employee's current level per competency, derived from their assessment history: per competency the
 * assessment that outranks the others (heavier method, then later date) among those not yet expired.
 */
public final class CompetencyProfile {

  private final Map<Long, Assessment> current;

  private CompetencyProfile(Map<Long, Assessment> current) {
    this.current = current;
  }

  public static CompetencyProfile of(Collection<Assessment> history, LocalDate today, int validYears) {
    Map<Long, Assessment> current = new HashMap<>();
    for (Assessment assessment : history) {
      if (!assessment.isValidOn(today, validYears)) {
        continue;
      }
      current.merge(assessment.getCompetencyId(), assessment, (a, b) -> b.outranks(a) ? b : a);
    }
    return new CompetencyProfile(current);
  }

  /** The assessment that sets the current level, or null when there is no valid one. */
  public Assessment sourceOf(long competencyId) {
    return current.get(competencyId);
  }

  public Map<Long, Assessment> all() {
    return Map.copyOf(current);
  }
}
