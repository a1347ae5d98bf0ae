package id.bina.mentoring.application;

import id.bina.mentoring.MentoringProgrammes;
import id.bina.mentoring.ProgrammeInput;
import id.bina.mentoring.ProgrammeView;
import id.bina.mentoring.domain.Programme;
import id.bina.mentoring.domain.ProgrammeKind;
import id.bina.mentoring.domain.UnitRule;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.ConflictException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Mentoring programmes: read by everyone with an employee record, defined by HR. */
@ApplicationScoped
public class ProgrammeService implements MentoringProgrammes {

  static final String SUBJECT = "MentoringProgramme";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject MentoringContext context;

  @Inject AuditTrail auditTrail;

  @Override
  @Transactional
  public Page<ProgrammeView> list(PageRequest page) {
    context.me();
    long total =
        em.createQuery("select count(p) from Programme p where p.agencyId = :agency", Long.class)
            .setParameter("agency", context.agency())
            .getSingleResult();
    var items =
        em.createQuery("select p from Programme p where p.agencyId = :agency order by p.name, p.id", Programme.class)
            .setParameter("agency", context.agency())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(ProgrammeService::view)
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  @Transactional
  public ProgrammeView get(long id) {
    context.me();
    return view(context.programme(id));
  }

  @Override
  @Transactional
  public ProgrammeView create(ProgrammeInput input) {
    requireHr();
    Programme programme = new Programme(context.agency(), context.caller().username());
    define(programme, input);
    requireUniqueName(programme.getName(), null);
    em.persist(programme);
    em.flush();
    auditTrail.record(context.agency(), SUBJECT, programme.getId(), AuditTrail.Action.CREATE, changes(null, view(programme)));
    return view(programme);
  }

  @Override
  @Transactional
  public ProgrammeView update(long id, long version, ProgrammeInput input) {
    requireHr();
    Programme programme = context.programme(id);
    MentoringContext.checkVersion("Programme", programme.getId(), programme.getVersion(), version);
    ProgrammeView before = view(programme);
    define(programme, input);
    requireUniqueName(programme.getName(), id);
    em.flush();
    ProgrammeView after = view(programme);
    auditTrail.record(context.agency(), SUBJECT, id, AuditTrail.Action.UPDATE, changes(before, after));
    return after;
  }

  private void define(Programme programme, ProgrammeInput input) {
    programme.define(
        input.name,
        Enums.parse(ProgrammeKind.class, input.kind, "kind"),
        input.durationMonths,
        input.targetSessionsPerMonth,
        input.jpPerSession,
        Enums.parse(UnitRule.class, input.unitRule, "unitRule"),
        context.caller().username());
  }

  private void requireUniqueName(String name, Long except) {
    boolean taken =
        em.createQuery("select p.id from Programme p where p.agencyId = :agency and p.name = :name", Long.class)
            .setParameter("agency", context.agency())
            .setParameter("name", name)
            .getResultStream()
            .anyMatch(other -> !other.equals(except));
    if (taken) {
      throw new ConflictException("A programme named \"" + name + "\" already exists");
    }
  }

  private void requireHr() {
    if (!context.isHr()) {
      throw new AccessDeniedException("Programmes are defined by HR");
    }
  }

  private static Map<String, Object[]> changes(ProgrammeView before, ProgrammeView after) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    put(changes, "name", before == null ? null : before.name(), after.name());
    put(changes, "kind", before == null ? null : before.kind(), after.kind());
    put(changes, "durationMonths", before == null ? null : before.durationMonths(), after.durationMonths());
    put(changes, "targetSessionsPerMonth", before == null ? null : before.targetSessionsPerMonth(), after.targetSessionsPerMonth());
    put(changes, "jpPerSession", before == null ? null : before.jpPerSession(), after.jpPerSession());
    put(changes, "unitRule", before == null ? null : before.unitRule(), after.unitRule());
    return changes;
  }

  private static void put(Map<String, Object[]> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.put(field, new Object[] {before, after});
    }
  }

  static ProgrammeView view(Programme p) {
    return new ProgrammeView(
        p.getId(),
        p.getName(),
        p.getKind().name(),
        p.getDurationMonths(),
        p.getTargetSessionsPerMonth(),
        p.getJpPerSession(),
        p.getUnitRule().name(),
        p.getVersion());
  }
}
