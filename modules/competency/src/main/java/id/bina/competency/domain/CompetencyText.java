package id.bina.competency.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The texts of a competency revision, checked: a name, and exactly the five levels 1 to 5. */
public record CompetencyText(
    String nameId, String nameEn, String definitionId, String definitionEn, List<ProficiencyLevel> levels) {

  public CompetencyText {
    Set<Integer> seen = new HashSet<>();
    for (ProficiencyLevel level : levels) {
      if (!seen.add(level.getLevel())) {
        throw new IllegalArgumentException("level " + level.getLevel() + " is described twice");
      }
    }
    if (seen.size() != ProficiencyLevel.HIGHEST) {
      throw new IllegalArgumentException("a competency describes each of the levels 1 to 5");
    }
    levels = List.copyOf(levels);
  }
}
