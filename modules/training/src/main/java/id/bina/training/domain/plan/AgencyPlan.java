package id.bina.training.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The agency's annual competency development plan (rencana pengembangan kompetensi instansi) for one year.
 * Its lines ({@link PlanLine}) are changed through the plan, so that every change moves the plan's version:
 * two HR managers editing lines at once cannot overwrite each other. Approved by an HR manager who neither
 * created it nor changed it last; an approved plan is no longer edited.
 */
@Entity
@Table(name = "agency_plan", schema = "training")
public class AgencyPlan {

  @Id
  @SequenceGenerator(name = "agency_plan_seq", sequenceName = "training.agency_plan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_plan_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "plan_year", nullable = false, updatable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgencyPlanStatus status = AgencyPlanStatus.DRAFT;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected AgencyPlan() {}

  public static AgencyPlan draft(long agencyId, int year, String by) {
    AgencyPlan plan = new AgencyPlan();
    plan.agencyId = agencyId;
    plan.year = year;
    plan.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    plan.createdBy = by;
    plan.updatedAt = plan.createdAt;
    plan.updatedBy = by;
    return plan;
  }

  /** Records a change of the plan's lines by {@code by}: the plan's version moves with it. */
  public void changed(String by) {
    if (status != AgencyPlanStatus.DRAFT) {
      throw new IllegalStateException("an approved plan is no longer edited");
    }
    // Always a new instant, so that the row is dirty and its version moves even within one clock tick.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    updatedAt = now.equals(updatedAt) ? now.plusNanos(1000) : now;
    updatedBy = by;
  }

  /** Whether {@code username} made or last changed the plan: they do not approve it. */
  public boolean isOwnedBy(String username) {
    return username.equals(createdBy) || username.equals(updatedBy);
  }

  /**
   * @param lines how many lines the plan has: an empty plan is not approved
   */
  public void approve(String by, int lines) {
    if (isOwnedBy(by)) {
      throw new SelfApprovalException();
    }
    if (status != AgencyPlanStatus.DRAFT) {
      throw new IllegalStateException("the plan is already approved");
    }
    if (lines == 0) {
      throw new IllegalStateException("a plan without lines is not approved");
    }
    status = AgencyPlanStatus.APPROVED;
    approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    approvedBy = by;
    updatedAt = approvedAt;
  }

  /** Nobody approves a plan they made or changed last. */
  public static class SelfApprovalException extends RuntimeException {
    public SelfApprovalException() {
      super("nobody approves a plan they created or changed last");
    }
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public int getYear() {
    return year;
  }

  public AgencyPlanStatus getStatus() {
    return status;
  }

  public OffsetDateTime getApprovedAt() {
    return approvedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
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

  public long getVersion() {
    return version;
  }
}
