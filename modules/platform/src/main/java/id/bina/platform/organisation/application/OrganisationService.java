package id.bina.platform.organisation.application;

import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.organisation.domain.FunctionalGrade;
import id.bina.platform.organisation.domain.OrgUnit;
import id.bina.platform.organisation.domain.Position;
import id.bina.platform.organisation.domain.PositionClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agency's unit tree and positions; not personal data, so everyone in the agency may read them. */
@ApplicationScoped
public class OrganisationService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  /** A new unit; a class, not a record, for the same OpenAPI reason as {@link EmployeeInput}. */
  public static class UnitInput {
    @Schema(description = "Unit code, unique in the agency")
    @NotBlank
    @Size(max = 64)
    public String code;

    @Schema(description = "Unit name")
    @NotBlank
    @Size(max = 200)
    public String name;

    @Schema(description = "Parent unit; empty for a root unit")
    public Long parentId;
  }

  public record UnitView(long id, String code, String name, Long parentId, String path) {}

  /** A new position. */
  public static class PositionInput {
    @Schema(description = "Position code, unique in the agency")
    @NotBlank
    @Size(max = 64)
    public String code;

    @Schema(description = "Position name (nama jabatan)")
    @NotBlank
    @Size(max = 200)
    public String name;

    @Schema(description = "Unit the position belongs to, if any")
    public Long unitId;

    @Schema(description = "Structural, functional or executor class")
    @NotNull
    public PositionClass positionClass;

    @Schema(description = "Grade, for functional positions only")
    public FunctionalGrade functionalGrade;
  }

  public record PositionView(
      long id, String code, String name, Long unitId, String positionClass, String functionalGrade) {}

  /** Units in tree order (by path); {@code parentId} null lists the whole tree. */
  @Transactional
  public Page<UnitView> units(Long parentId, PageRequest page) {
    String where = "u.agencyId = :agency" + (parentId == null ? "" : " and u.parentId = :parent");
    var count = em.createQuery("select count(u) from OrgUnit u where " + where, Long.class);
    var list = em.createQuery("select u from OrgUnit u where " + where + " order by u.path", OrgUnit.class);
    count.setParameter("agency", caller.agencyId());
    list.setParameter("agency", caller.agencyId());
    if (parentId != null) {
      count.setParameter("parent", parentId);
      list.setParameter("parent", parentId);
    }
    var items =
        list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(OrganisationService::view)
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Transactional
  public UnitView createUnit(UnitInput input) {
    OrgUnit parent = null;
    if (input.parentId != null) {
      parent = em.find(OrgUnit.class, input.parentId);
      if (parent == null || parent.getAgencyId() != caller.agencyId()) {
        throw new InvalidInputException("parentId", "no such unit in your agency");
      }
    }
    if (codeTaken("OrgUnit", input.code)) {
      throw new ConflictException("A unit with code " + input.code + " already exists");
    }
    OrgUnit unit = new OrgUnit(caller.agencyId(), input.code, input.name);
    em.persist(unit);
    unit.placeUnder(parent);
    em.flush();
    return view(unit);
  }

  @Transactional
  public Page<PositionView> positions(PageRequest page) {
    long total =
        em.createQuery("select count(p) from Position p where p.agencyId = :agency", Long.class)
            .setParameter("agency", caller.agencyId())
            .getSingleResult();
    var items =
        em.createQuery("select p from Position p where p.agencyId = :agency order by p.code", Position.class)
            .setParameter("agency", caller.agencyId())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList().stream()
            .map(OrganisationService::view)
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Transactional
  public PositionView createPosition(PositionInput input) {
    if (input.unitId != null) {
      OrgUnit unit = em.find(OrgUnit.class, input.unitId);
      if (unit == null || unit.getAgencyId() != caller.agencyId()) {
        throw new InvalidInputException("unitId", "no such unit in your agency");
      }
    }
    boolean functional = input.positionClass == PositionClass.FUNCTIONAL;
    if (functional != (input.functionalGrade != null)) {
      throw new InvalidInputException(
          "functionalGrade", functional ? "a functional position needs a grade" : "only functional positions have a grade");
    }
    if (codeTaken("Position", input.code)) {
      throw new ConflictException("A position with code " + input.code + " already exists");
    }
    Position position =
        new Position(
            caller.agencyId(), input.unitId, input.code, input.name, input.positionClass, input.functionalGrade);
    em.persist(position);
    em.flush();
    return view(position);
  }

  private boolean codeTaken(String entity, String code) {
    return !em.createQuery("select x.id from " + entity + " x where x.agencyId = :agency and x.code = :code", Long.class)
        .setParameter("agency", caller.agencyId())
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  private static UnitView view(OrgUnit u) {
    return new UnitView(u.getId(), u.getCode(), u.getName(), u.getParentId(), u.getPath());
  }

  private static PositionView view(Position p) {
    return new PositionView(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getUnitId(),
        p.getPositionClass().name(),
        p.getFunctionalGrade() == null ? null : p.getFunctionalGrade().name());
  }
}
