package id.bina.platform.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A civil servant (ASN) of one agency. Units, positions and the supervisor are referenced by id; every
 * change records who made it and when.
 */
@Entity
@Table(name = "employee", schema = "platform")
public class Employee {

  @Id
  @SequenceGenerator(name = "employee_seq", sequenceName = "platform.employee_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(nullable = false)
  private String nip;

  @Column(nullable = false)
  private String name;

  @Column(name = "rank_grade")
  private String rankGrade;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "position_id")
  private Long positionId;

  @Column(name = "supervisor_id")
  private Long supervisorId;

  private String email;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected Employee() {}

  public Employee(long agencyId, EmployeeDetails details, String createdBy) {
    this.agencyId = agencyId;
    apply(details);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.createdBy = createdBy;
    this.updatedAt = createdAt;
    this.updatedBy = createdBy;
  }

  /** Replaces the editable facts; the caller has checked that units and people belong to the agency. */
  public void update(EmployeeDetails details, String updatedBy) {
    if (details.supervisorId() != null && details.supervisorId().equals(id)) {
      throw new IllegalArgumentException("an employee cannot be their own supervisor");
    }
    apply(details);
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedBy = updatedBy;
  }

  private void apply(EmployeeDetails details) {
    this.nip = details.nip();
    this.name = details.name();
    this.rankGrade = details.rankGrade();
    this.unitId = details.unitId();
    this.positionId = details.positionId();
    this.supervisorId = details.supervisorId();
    this.email = details.email();
  }

  public EmployeeDetails details() {
    return new EmployeeDetails(nip, name, rankGrade, unitId, positionId, supervisorId, email);
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getNip() {
    return nip;
  }

  public String getName() {
    return name;
  }

  public String getRankGrade() {
    return rankGrade;
  }

  public long getUnitId() {
    return unitId;
  }

  public Long getPositionId() {
    return positionId;
  }

  public Long getSupervisorId() {
    return supervisorId;
  }

  public String getEmail() {
    return email;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
