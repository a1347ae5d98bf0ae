package id.bina.platform.organisation.domain;

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

/** A position (jabatan) in an agency. Competency standards are attached to it by the competency module. */
@Entity
@Table(name = "position", schema = "platform")
public class Position {

  @Id
  @SequenceGenerator(name = "position_seq", sequenceName = "platform.position_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "position_class", nullable = false)
  private PositionClass positionClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "functional_grade")
  private FunctionalGrade functionalGrade;

  @Version private long version;

  protected Position() {}

  public Position(
      long agencyId,
      Long unitId,
      String code,
      String name,
      PositionClass positionClass,
      FunctionalGrade functionalGrade) {
    if ((positionClass == PositionClass.FUNCTIONAL) != (functionalGrade != null)) {
      throw new IllegalArgumentException("a functional position needs a grade, and only a functional one");
    }
    this.agencyId = agencyId;
    this.unitId = unitId;
    this.code = code;
    this.name = name;
    this.positionClass = positionClass;
    this.functionalGrade = functionalGrade;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public PositionClass getPositionClass() {
    return positionClass;
  }

  public FunctionalGrade getFunctionalGrade() {
    return functionalGrade;
  }
}
