package id.bina.platform.organisation.application;

import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.EmployeesPlaced;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.Outbox;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import id.bina.platform.organisation.domain.Employee;
import id.bina.platform.organisation.domain.EmployeeDetails;
import id.bina.platform.organisation.domain.OrgUnit;
import id.bina.platform.organisation.domain.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading and changing employees. What a caller sees: HR managers and admins the whole agency, supervisors
 * their own unit and its sub-units, everyone else only themselves. Anything else is "not found".
 */
@ApplicationScoped
public class EmployeeService {

  static final String SUBJECT = "Employee";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail auditTrail;

  @Inject Outbox outbox;

  @Inject Directory directory;

  /** A JPQL condition on {@code e} (an Employee) that admits exactly what the caller may see. */
  private record Visibility(String condition, Map<String, Object> parameters) {
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }

  private Visibility visibility() {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("agency", caller.agencyId());
    if (caller.hasAnyRole(Role.HR_MANAGER, Role.ADMIN)) {
      return new Visibility("e.agencyId = :agency", parameters);
    }
    long self = caller.employeeId().orElse(-1L);
    parameters.put("self", self);
    if (caller.hasRole(Role.SUPERVISOR) && self > 0) {
      String ownUnitPath =
          em.createQuery(
                  "select u.path from OrgUnit u, Employee me where me.id = :self and u.id = me.unitId", String.class)
              .setParameter("self", self)
              .getResultStream()
              .findFirst()
              .orElse("-none-");
      parameters.put("subtree", ownUnitPath + "%");
      return new Visibility(
          "e.agencyId = :agency and (e.id = :self or e.unitId in "
              + "(select su.id from OrgUnit su where su.agencyId = :agency and su.path like :subtree))",
          parameters);
    }
    return new Visibility("e.agencyId = :agency and e.id = :self", parameters);
  }

  @Transactional
  public Page<EmployeeView> list(String search, Long unitId, PageRequest page) {
    Visibility visibility = visibility();
    StringBuilder where = new StringBuilder(visibility.condition());
    Map<String, Object> parameters = new HashMap<>(visibility.parameters());
    if (search != null && !search.isBlank()) {
      String term = search.trim();
      if (term.chars().allMatch(Character::isDigit)) {
        where.append(" and e.nip like :nip");
        parameters.put("nip", term + "%");
      } else {
        where.append(" and lower(e.name) like :name");
        parameters.put("name", "%" + term.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
      }
    }
    if (unitId != null) {
      where.append(" and e.unitId = :unit");
      parameters.put("unit", unitId);
    }
    Visibility filtered = new Visibility(where.toString(), parameters);
    long total =
        filtered.bind(em.createQuery("select count(e) from Employee e where " + where, Long.class)).getSingleResult();
    List<Object[]> rows =
        filtered
            .bind(
                em.createQuery(
                    "select e, u.name, p.name, p.positionClass from Employee e join OrgUnit u on u.id = e.unitId"
                        + " left join Position p on p.id = e.positionId where "
                        + where
                        + " order by e.name, e.id",
                    Object[].class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    ZoneId zone = directory.zone();
    return new Page<>(rows.stream().map(r -> view(r, zone)).toList(), page.page(), page.size(), total);
  }

  @Transactional
  public EmployeeView get(long id) {
    Visibility visibility = visibility();
    List<Object[]> rows =
        visibility
            .bind(
                em.createQuery(
                    "select e, u.name, p.name, p.positionClass from Employee e join OrgUnit u on u.id = e.unitId"
                        + " left join Position p on p.id = e.positionId where e.id = :id and "
                        + visibility.condition(),
                    Object[].class))
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("Employee", id);
    }
    return view(rows.get(0), directory.zone());
  }

  @Transactional
  public EmployeeView create(EmployeeInput input) {
    EmployeeDetails details = checked(input, null);
    if (nipTaken(details.nip(), null)) {
      throw new ConflictException("An employee with NIP " + details.nip() + " already exists");
    }
    Employee employee = new Employee(caller.agencyId(), details, caller.username());
    em.persist(employee);
    em.flush();
    auditTrail.record(
        caller.agencyId(), SUBJECT, employee.getId(), AuditTrail.Action.CREATE, details.differencesFrom(null));
    return get(employee.getId());
  }

  /** Replaces an employee's details, provided nobody changed them since the client read {@code version}. */
  @Transactional
  public EmployeeView update(long id, long version, EmployeeInput input) {
    get(id); // 404 for what the caller may not see, before anything is compared
    Employee employee = em.find(Employee.class, id);
    if (employee.getVersion() != version) {
      throw new StaleVersionException("Employee", id);
    }
    EmployeeDetails before = employee.details();
    EmployeeDetails after = checked(input, id);
    if (!after.nip().equals(before.nip()) && nipTaken(after.nip(), id)) {
      throw new ConflictException("An employee with NIP " + after.nip() + " already exists");
    }
    Map<String, Object[]> changes = after.differencesFrom(before);
    if (!changes.isEmpty()) {
      employee.update(after, caller.username());
      em.flush();
      auditTrail.record(caller.agencyId(), SUBJECT, id, AuditTrail.Action.UPDATE, changes);
      outbox.publish(caller.agencyId(), new EmployeesPlaced(caller.agencyId(), java.util.List.of(id)));
    }
    return get(id);
  }

  private boolean nipTaken(String nip, Long except) {
    return !em.createQuery("select e.id from Employee e where e.nip = :nip and e.id <> :except", Long.class)
        .setParameter("nip", nip)
        .setParameter("except", except == null ? -1L : except)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Checks that every referenced unit, position and supervisor belongs to the caller's agency. */
  private EmployeeDetails checked(EmployeeInput input, Long employeeId) {
    List<FieldError> errors = new ArrayList<>();
    long agency = caller.agencyId();
    OrgUnit unit = em.find(OrgUnit.class, input.unitId());
    if (unit == null || unit.getAgencyId() != agency) {
      errors.add(new FieldError(null, "unitId", "no such unit in your agency"));
    }
    if (input.positionId() != null) {
      Position position = em.find(Position.class, input.positionId());
      if (position == null || position.getAgencyId() != agency) {
        errors.add(new FieldError(null, "positionId", "no such position in your agency"));
      }
    }
    if (input.supervisorId() != null) {
      Employee supervisor = em.find(Employee.class, input.supervisorId());
      if (supervisor == null || supervisor.getAgencyId() != agency) {
        errors.add(new FieldError(null, "supervisorId", "no such employee in your agency"));
      } else if (input.supervisorId().equals(employeeId)) {
        errors.add(new FieldError(null, "supervisorId", "an employee cannot be their own supervisor"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new EmployeeDetails(
        input.nip(),
        input.name().trim(),
        input.rankGrade(),
        input.unitId(),
        input.positionId(),
        input.supervisorId(),
        input.email() == null || input.email().isBlank() ? null : input.email().trim());
  }

  private static EmployeeView view(Object[] row, ZoneId zone) {
    Employee e = (Employee) row[0];
    EmployeeView.PositionRef position =
        e.getPositionId() == null
            ? null
            : new EmployeeView.PositionRef(e.getPositionId(), (String) row[2], String.valueOf(row[3]));
    return new EmployeeView(
        e.getId(),
        e.getNip(),
        e.getName(),
        e.getRankGrade(),
        new EmployeeView.Ref(e.getUnitId(), (String) row[1]),
        position,
        e.getSupervisorId(),
        e.getEmail(),
        e.isActive(),
        e.getVersion(),
        local(e.getCreatedAt(), zone),
        e.getCreatedBy(),
        local(e.getUpdatedAt(), zone),
        e.getUpdatedBy());
  }

  private static OffsetDateTime local(OffsetDateTime utc, ZoneId zone) {
    return utc == null ? null : utc.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
