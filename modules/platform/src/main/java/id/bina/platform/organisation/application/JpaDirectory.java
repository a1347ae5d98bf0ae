package id.bina.platform.organisation.application;

import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.organisation.domain.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** {@link Directory} with one small query per question, each filtered by the caller's agency. */
@ApplicationScoped
public class JpaDirectory implements Directory {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  private final java.util.Map<Long, java.time.ZoneId> zones = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  @Transactional
  public Person me() {
    String agency =
        em.createQuery("select a.name from Agency a where a.id = :agency", String.class)
            .setParameter("agency", caller.agencyId())
            .getResultStream()
            .findFirst()
            .orElse("");
    if (caller.employeeId().isEmpty()) {
      return new Person(caller.username(), agency, null, null, null);
    }
    List<Object[]> rows =
        em.createQuery(
                "select e.name, e.nip, u.name, p.name from Employee e join OrgUnit u on u.id = e.unitId"
                    + " left join Position p on p.id = e.positionId where e.id = :id and e.agencyId = :agency",
                Object[].class)
            .setParameter("id", caller.employeeId().get())
            .setParameter("agency", caller.agencyId())
            .getResultList();
    if (rows.isEmpty()) {
      return new Person(caller.username(), agency, null, null, null);
    }
    Object[] row = rows.get(0);
    return new Person((String) row[0], agency, (String) row[1], (String) row[2], (String) row[3]);
  }

  @Override
  @Transactional
  public java.util.Optional<EmployeeInfo> employee(long employeeId) {
    id.bina.platform.organisation.domain.Employee e = em.find(id.bina.platform.organisation.domain.Employee.class, employeeId);
    return e == null || e.getAgencyId() != caller.agencyId()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new EmployeeInfo(e.getId(), e.getName(), e.getUnitId(), e.getPositionId(), e.getSupervisorId(), e.details().rankGrade()));
  }

  @Override
  @Transactional
  public List<EmployeeSummary> find(String query, int limit) {
    String term = query == null ? "" : query.trim();
    if (term.isEmpty()) {
      return List.of();
    }
    boolean nip = term.chars().allMatch(Character::isDigit);
    return em.createQuery(
            "select e.id, e.nip, e.name, u.name, p.name from Employee e join OrgUnit u on u.id = e.unitId"
                + " left join Position p on p.id = e.positionId where e.agencyId = :agency and e.active = true and "
                + (nip ? "e.nip like :q" : "lower(e.name) like :q")
                + " order by e.name, e.id",
            Object[].class)
        .setParameter("agency", caller.agencyId())
        .setParameter(
            "q", nip ? term + "%" : "%" + term.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%")
        .setMaxResults(Math.max(1, Math.min(limit, 50)))
        .getResultList()
        .stream()
        .map(r -> new EmployeeSummary((Long) r[0], String.valueOf(r[1]), (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }

  @Override
  @Transactional
  public java.util.Optional<PositionInfo> position(long positionId) {
    Position p = em.find(Position.class, positionId);
    return p == null || p.getAgencyId() != caller.agencyId() ? java.util.Optional.empty() : java.util.Optional.of(info(p));
  }

  @Override
  @Transactional
  public java.util.Map<String, PositionInfo> positionsByCode(java.util.Collection<String> codes) {
    java.util.Map<String, PositionInfo> found = new java.util.HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    em.createQuery("select p from Position p where p.agencyId = :agency and p.code in :codes", Position.class)
        .setParameter("agency", caller.agencyId())
        .setParameter("codes", java.util.List.copyOf(codes))
        .getResultList()
        .forEach(p -> found.put(p.getCode(), info(p)));
    return found;
  }

  @Override
  public java.util.List<PositionInfo> positions(String query, int limit) {
    String like = "%" + (query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
    return em.createQuery(
            "select p from Position p where p.agencyId = :agency and (lower(p.code) like :q or lower(p.name) like :q) order by p.code",
            Position.class)
        .setParameter("agency", caller.agencyId())
        .setParameter("q", like)
        .setMaxResults(Math.max(1, Math.min(limit, 200)))
        .getResultList()
        .stream()
        .map(JpaDirectory::info)
        .toList();
  }

  private static PositionInfo info(Position p) {
    return new PositionInfo(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getPositionClass().name(),
        p.getFunctionalGrade() == null ? null : p.getFunctionalGrade().name());
  }

  @Override
  @Transactional
  public java.time.ZoneId zone() {
    // An agency's time zone is fixed when it is created (Agency has no setter), so it is read once per agency.
    long agency = caller.agencyId();
    java.time.ZoneId zone = zones.get(agency);
    if (zone == null) {
      zone = em.find(id.bina.platform.organisation.domain.Agency.class, agency).getTimeZone();
      zones.put(agency, zone);
    }
    return zone;
  }

  @Override
  @Transactional
  public long activeEmployees() {
    return em.createQuery("select count(e) from Employee e where e.agencyId = :agency and e.active = true", Long.class)
        .setParameter("agency", caller.agencyId())
        .getSingleResult();
  }

  @Override
  @Transactional
  public long accounts() {
    return em.createQuery("select count(a) from UserAccount a where a.agencyId = :agency", Long.class)
        .setParameter("agency", caller.agencyId())
        .getSingleResult();
  }

  @Override
  @Transactional
  public long teamMembers() {
    long self = caller.employeeId().orElse(-1L);
    String unitPath =
        em.createQuery(
                "select u.path from OrgUnit u, Employee me where me.id = :self and me.agencyId = :agency and u.id = me.unitId",
                String.class)
            .setParameter("self", self)
            .setParameter("agency", caller.agencyId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (unitPath == null) {
      return 0;
    }
    return em.createQuery(
            "select count(e) from Employee e where e.agencyId = :agency and e.active = true and e.id <> :self"
                + " and e.unitId in (select u.id from OrgUnit u where u.agencyId = :agency and u.path like :subtree)",
            Long.class)
        .setParameter("agency", caller.agencyId())
        .setParameter("self", self)
        .setParameter("subtree", unitPath + "%")
        .getSingleResult();
  }
}
