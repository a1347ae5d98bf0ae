package id.bina.competency.domain;

import id.bina.competency.AssessmentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One dated assessment of an employee in one competency; never changed once recorded. */
@Entity
@Table(name = "assessment", schema = "competency")
public class Assessment {

  @Id
  @SequenceGenerator(name = "assessment_seq", sequenceName = "competency.assessment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private long employeeId;

  @Column(name = "competency_id", nullable = false, updatable = false)
  private long competencyId;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(nullable = false, updatable = false)
  private short level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AssessmentMethod method;

  @Column(name = "assessed_on", nullable = false, updatable = false)
  private LocalDate assessedOn;

  @Column(nullable = false, updatable = false)
  private String assessor;

  @Column(name = "evidence_note", updatable = false)
  private String evidenceNote;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Assessment() {}

  public Assessment(
      long agencyId,
      long employeeId,
      long competencyId,
      int revision,
      int level,
      AssessmentMethod method,
      LocalDate assessedOn,
      String assessor,
      String evidenceNote) {
    if (level < ProficiencyLevel.LOWEST || level > ProficiencyLevel.HIGHEST) {
      throw new IllegalArgumentException("a level is 1 to 5");
    }
    this.agencyId = agencyId;
    this.employeeId = employeeId;
    this.competencyId = competencyId;
    this.revision = revision;
    this.level = (short) level;
    this.method = method;
    this.assessedOn = assessedOn;
    this.assessor = assessor;
    this.evidenceNote = evidenceNote;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Whether this assessment outweighs {@code other} for the profile: heavier method, then later date. */
  public boolean outranks(Assessment other) {
    if (method.weight() != other.method.weight()) {
      return method.weight() > other.method.weight();
    }
    int byDate = assessedOn.compareTo(other.assessedOn);
    return byDate != 0 ? byDate > 0 : id != null && other.id != null && id > other.id;
  }

  public boolean isValidOn(LocalDate day, int validYears) {
    return !assessedOn.plusYears(validYears).isBefore(day);
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public int getRevision() {
    return revision;
  }

  public int getLevel() {
    return level;
  }

  public AssessmentMethod getMethod() {
    return method;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public String getAssessor() {
    return assessor;
  }

  public String getEvidenceNote() {
    return evidenceNote;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
