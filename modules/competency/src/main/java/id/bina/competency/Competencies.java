package id.bina.competency;

import java.util.Collection;
import java.util.Map;

/**
 * A lookup of the dictionary for other modules: the competencies the caller's agency sees (the national ones
 * and its own technical ones), by id. Ids of another agency or of no competency are simply left out.
 */
public interface Competencies {

  /** A competency as other modules show it, with the name of its current revision. */
  record CompetencyRef(long id, String code, String category, String name, boolean retired) {}

  Map<Long, CompetencyRef> visible(Collection<Long> ids);
}
