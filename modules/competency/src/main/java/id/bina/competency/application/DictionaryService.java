package id.bina.competency.application;

import id.bina.competency.CompetencyCategory;
import id.bina.competency.domain.Competency;
import id.bina.competency.domain.CompetencyRevision;
import id.bina.competency.domain.CompetencyText;
import id.bina.competency.domain.ProficiencyLevel;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dictionary as an agency sees it: the national managerial and socio-cultural competencies plus its own
 * technical ones. Agencies write only their technical competencies; the national dictionary is read-only.
 */
@ApplicationScoped
public class DictionaryService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Transactional
  public Page<CompetencyView.Summary> list(
      CompetencyCategory category, String search, boolean includeRetired, PageRequest page) {
    StringBuilder where = new StringBuilder("(c.agencyId is null or c.agencyId = :agency)");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("agency", caller.agencyId());
    if (category != null) {
      where.append(" and c.category = :category");
      parameters.put("category", category);
    }
    if (!includeRetired) {
      where.append(" and c.retiredAt is null");
    }
    if (search != null && !search.isBlank()) {
      where.append(" and (lower(r.nameId) like :search or lower(r.nameEn) like :search or lower(c.code) like :search)");
      parameters.put("search", "%" + search.trim().toLowerCase(Locale.ROOT) + "%");
    }
    String from =
        " from Competency c join CompetencyRevision r on r.competencyId = c.id and r.revision = c.currentRevision where ";
    TypedQuery<Long> count = em.createQuery("select count(c)" + from + where, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery("select c, r.nameId, r.nameEn" + from + where + " order by c.category, c.code", Object[].class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    List<CompetencyView.Summary> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(
                r -> {
                  Competency c = (Competency) r[0];
                  return new CompetencyView.Summary(
                      c.getId(),
                      c.getCode(),
                      c.getCategory().name(),
                      c.isNational(),
                      c.getCurrentRevision(),
                      (String) r[1],
                      (String) r[2],
                      c.isRetired());
                })
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /** A competency with the texts of {@code revision}, or of the current revision when it is null. */
  @Transactional
  public CompetencyView get(long id, Integer revision) {
    Competency competency = visible(id);
    int wanted = revision == null ? competency.getCurrentRevision() : revision;
    CompetencyRevision texts =
        em.createQuery(
                "select r from CompetencyRevision r where r.competencyId = :id and r.revision = :revision",
                CompetencyRevision.class)
            .setParameter("id", id)
            .setParameter("revision", wanted)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Revision " + wanted + " of competency", id));
    return view(competency, texts);
  }

  @Transactional
  public CompetencyView create(CompetencyInput input) {
    if (input.code == null || input.code.isBlank()) {
      throw new InvalidInputException("code", "must not be blank");
    }
    CompetencyText text = text(input);
    boolean taken =
        !em.createQuery("select c.id from Competency c where c.agencyId = :agency and c.code = :code", Long.class)
            .setParameter("agency", caller.agencyId())
            .setParameter("code", input.code)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ConflictException("Your agency already has a competency with code " + input.code);
    }
    Competency competency = Competency.technical(caller.agencyId(), input.code);
    em.persist(competency);
    CompetencyRevision first = competency.firstRevision(text, caller.username());
    em.persist(first);
    em.flush();
    return view(competency, first);
  }

  /** Makes a new revision with the client's texts, provided nobody revised it since {@code version}. */
  @Transactional
  public CompetencyView revise(long id, long version, CompetencyInput input) {
    Competency competency = writable(id);
    if (competency.getVersion() != version) {
      throw new StaleVersionException("Competency", id);
    }
    if (input.code != null && !input.code.equals(competency.getCode())) {
      throw new InvalidInputException("code", "the code of a competency does not change");
    }
    if (competency.isRetired()) {
      throw new ConflictException("Competency " + competency.getCode() + " is retired and is no longer edited");
    }
    CompetencyRevision revision = competency.revise(text(input), caller.username());
    em.persist(revision);
    em.flush();
    return view(competency, revision);
  }

  /** Retires a competency: it stays readable with all its revisions, but is no longer offered or edited. */
  @Transactional
  public CompetencyView retire(long id, long version) {
    Competency competency = writable(id);
    if (competency.getVersion() != version) {
      throw new StaleVersionException("Competency", id);
    }
    if (competency.isRetired()) {
      throw new ConflictException("Competency " + competency.getCode() + " is already retired");
    }
    competency.retire(caller.username());
    em.flush();
    return get(id, null);
  }

  private Competency visible(long id) {
    Competency competency = em.find(Competency.class, id);
    if (competency == null || (!competency.isNational() && competency.getAgencyId() != caller.agencyId())) {
      throw new NotFoundException("Competency", id);
    }
    return competency;
  }

  private Competency writable(long id) {
    Competency competency = visible(id);
    if (competency.isNational()) {
      throw new AccessDeniedException("The national dictionary (managerial and socio-cultural) is not edited by agencies");
    }
    return competency;
  }

  /** Checks the five levels and builds the revision's texts; every problem is reported at once. */
  private static CompetencyText text(CompetencyInput input) {
    List<ProficiencyLevel> levels =
        input.levels.stream()
            .map(l -> new ProficiencyLevel(l.level, l.descriptionId, l.descriptionEn, l.indicators))
            .toList();
    try {
      return new CompetencyText(input.nameId.trim(), input.nameEn, input.definitionId, input.definitionEn, levels);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("levels", e.getMessage());
    }
  }

  private CompetencyView view(Competency c, CompetencyRevision r) {
    ZoneId zone = directory.zone();
    return new CompetencyView(
        c.getId(),
        c.getCode(),
        c.getCategory().name(),
        c.isNational(),
        c.getCurrentRevision(),
        r.getRevision(),
        r.getNameId(),
        r.getNameEn(),
        r.getDefinitionId(),
        r.getDefinitionEn(),
        r.isOfficialText(),
        r.getLevels().stream()
            .map(l -> new CompetencyView.Level(l.getLevel(), l.getDescriptionId(), l.getDescriptionEn(), l.getIndicators()))
            .toList(),
        local(r.getCreatedAt(), zone),
        r.getCreatedBy(),
        local(c.getRetiredAt(), zone),
        c.getVersion());
  }

  private static OffsetDateTime local(OffsetDateTime utc, ZoneId zone) {
    return utc == null ? null : utc.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
