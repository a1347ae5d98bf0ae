package id.bina.platform.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit of an agency's organisation tree (unit kerja). */
@Entity
@Table(name = "org_unit", schema = "platform")
public class OrgUnit {

  @Id
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "platform.org_unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  /** Ids from the root down to this unit, '/1/7/42/': a subtree is every unit whose path starts with this. */
  @Column(nullable = false)
  private String path;

  @Version private long version;

  protected OrgUnit() {}

  /** A root unit; its path is set by {@link #placeUnder} once the id is known. */
  public OrgUnit(long agencyId, String code, String name) {
    this.agencyId = agencyId;
    this.code = code;
    this.name = name;
    this.path = "/";
  }

  /** Sets the materialised path; needs this unit's id, so call it after the id was assigned. */
  public void placeUnder(OrgUnit parent) {
    if (id == null) {
      throw new IllegalStateException("unit needs an id before it can be placed");
    }
    if (parent == null) {
      this.parentId = null;
      this.path = "/" + id + "/";
      return;
    }
    if (parent.agencyId != agencyId) {
      throw new IllegalArgumentException("a unit's parent must belong to the same agency");
    }
    this.parentId = parent.id;
    this.path = parent.path + id + "/";
  }

  public boolean contains(OrgUnit other) {
    return other.path.startsWith(path);
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public Long getParentId() {
    return parentId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getPath() {
    return path;
  }
}
