package id.bina.competency.application;

import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default required level of the national competencies for each kind of position. The national default
 * comes from a secondary source (see the migration); each agency may set its own, which then applies to it.
 */
@ApplicationScoped
public class DefaultLevels {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  /** One kind of position and its default level; source NATIONAL or AGENCY. */
  public record Level(String positionKind, int level, String source) {}

  /** The position class, or FUNCTIONAL:grade for functional positions. */
  static String kindOf(Directory.PositionInfo position) {
    return position.functionalGrade() == null
        ? position.positionClass()
        : position.positionClass() + ":" + position.functionalGrade();
  }

  @Transactional
  public List<Level> all() {
    Map<String, Level> levels = new LinkedHashMap<>();
    for (Object[] row : rows()) {
      String kind = (String) row[0];
      boolean agency = row[2] != null;
      if (agency || !levels.containsKey(kind)) {
        levels.put(kind, new Level(kind, ((Number) row[1]).intValue(), agency ? "AGENCY" : "NATIONAL"));
      }
    }
    return List.copyOf(levels.values());
  }

  int levelFor(String kind) {
    return all().stream().filter(l -> l.positionKind().equals(kind)).findFirst().map(Level::level).orElse(1);
  }

  /** Sets the agency's own default levels for the given kinds; the other kinds keep theirs. */
  @Transactional
  public List<Level> set(Map<String, Integer> levels) {
    List<String> kinds = all().stream().map(Level::positionKind).toList();
    List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
    levels.forEach(
        (kind, level) -> {
          if (!kinds.contains(kind)) {
            errors.add(new InvalidInputException.FieldError(null, "levels." + kind, "unknown kind of position; known: " + kinds));
          } else if (level == null || level < 1 || level > 5) {
            errors.add(new InvalidInputException.FieldError(null, "levels." + kind, "must be a level from 1 to 5"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    levels.forEach(
        (kind, level) ->
            em.createNativeQuery(
                    "INSERT INTO competency.default_required_level (agency_id, position_kind, level, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, now(), ?) ON CONFLICT (agency_id, position_kind) WHERE agency_id IS NOT NULL"
                        + " DO UPDATE SET level = EXCLUDED.level, updated_at = now(), updated_by = EXCLUDED.updated_by")
                .setParameter(1, caller.agencyId())
                .setParameter(2, kind)
                .setParameter(3, level)
                .setParameter(4, caller.username())
                .executeUpdate());
    return all();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows() {
    return em.createNativeQuery(
            "SELECT position_kind, level, agency_id FROM competency.default_required_level"
                + " WHERE agency_id IS NULL OR agency_id = ? ORDER BY position_kind, agency_id NULLS FIRST")
        .setParameter(1, caller.agencyId())
        .getResultList();
  }
}
