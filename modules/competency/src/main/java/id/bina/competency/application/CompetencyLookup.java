package id.bina.competency.application;

import id.bina.competency.Competencies;
import id.bina.competency.domain.Competency;
import id.bina.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link Competencies} for other modules: one query for any number of ids, scoped to the caller's agency. */
@ApplicationScoped
public class CompetencyLookup implements Competencies {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Override
  @Transactional
  public Map<Long, CompetencyRef> visible(Collection<Long> ids) {
    Map<Long, CompetencyRef> found = new LinkedHashMap<>();
    if (ids == null || ids.isEmpty()) {
      return found;
    }
    em.createQuery(
            "select c, r.nameId from Competency c join CompetencyRevision r"
                + " on r.competencyId = c.id and r.revision = c.currentRevision"
                + " where c.id in :ids and (c.agencyId is null or c.agencyId = :agency)",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("agency", caller.agencyId())
        .getResultList()
        .forEach(
            row -> {
              Competency c = (Competency) row[0];
              found.put(
                  c.getId(),
                  new CompetencyRef(c.getId(), c.getCode(), c.getCategory().name(), (String) row[1], c.isRetired()));
            });
    return found;
  }
}
