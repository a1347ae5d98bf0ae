package id.bina.mentoring.domain;

import id.bina.platform.InvalidInputException;
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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A mentoring programme of the agency: how long an assignment runs, how many sessions a month it aims for,
 * how many JP a confirmed session counts toward the 20 JP a year, and where mentors may sit.
 */
@Entity
@Table(name = "programme", schema = "mentoring")
public class Programme {

  @Id
  @SequenceGenerator(name = "programme_seq", sequenceName = "mentoring.programme_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProgrammeKind kind;

  @Column(name = "duration_months", nullable = false)
  private short durationMonths;

  @Column(name = "target_sessions_per_month", nullable = false)
  private short targetSessionsPerMonth;

  @Column(name = "jp_per_session", nullable = false)
  private BigDecimal jpPerSession;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_rule", nullable = false)
  private UnitRule unitRule;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected Programme() {}

  public Programme(long agencyId, String by) {
    this.agencyId = agencyId;
    this.updatedBy = by;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Sets every field at once, checking them all so that the client sees every problem in one answer. */
  public void define(
      String name, ProgrammeKind kind, int durationMonths, int targetSessionsPerMonth, BigDecimal jpPerSession, UnitRule unitRule, String by) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(new InvalidInputException.FieldError(null, "name", "must not be blank"));
    }
    if (durationMonths < 1 || durationMonths > 36) {
      errors.add(new InvalidInputException.FieldError(null, "durationMonths", "must be from 1 to 36"));
    }
    if (targetSessionsPerMonth < 1 || targetSessionsPerMonth > 20) {
      errors.add(new InvalidInputException.FieldError(null, "targetSessionsPerMonth", "must be from 1 to 20"));
    }
    if (jpPerSession == null
        || jpPerSession.signum() < 0
        || jpPerSession.compareTo(BigDecimal.valueOf(99)) > 0
        || jpPerSession.stripTrailingZeros().scale() > 2) {
      errors.add(new InvalidInputException.FieldError(null, "jpPerSession", "must be from 0 to 99 with at most two decimals"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.name = name.strip();
    this.kind = kind;
    this.durationMonths = (short) durationMonths;
    this.targetSessionsPerMonth = (short) targetSessionsPerMonth;
    this.jpPerSession = jpPerSession.setScale(2, java.math.RoundingMode.UNNECESSARY);
    this.unitRule = unitRule;
    this.updatedBy = by;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getName() {
    return name;
  }

  public ProgrammeKind getKind() {
    return kind;
  }

  public int getDurationMonths() {
    return durationMonths;
  }

  public int getTargetSessionsPerMonth() {
    return targetSessionsPerMonth;
  }

  public BigDecimal getJpPerSession() {
    return jpPerSession;
  }

  public UnitRule getUnitRule() {
    return unitRule;
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
