package id.bina.training.domain.plan;

import id.bina.training.CourseType;
import id.bina.training.Modality;
import id.bina.training.domain.Course;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One line of an agency's annual plan; see {@link LineDetails} for what it records. Changed through its plan. */
@Entity
@Table(name = "agency_plan_line", schema = "training")
public class PlanLine {

  @Id
  @SequenceGenerator(name = "agency_plan_line_seq", sequenceName = "training.agency_plan_line_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_plan_line_seq")
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  @Column(name = "target_unit_id")
  private Long targetUnitId;

  @Column(name = "min_gap", nullable = false)
  private int minGap;

  @ElementCollection
  @CollectionTable(name = "agency_plan_line_employee", schema = "training", joinColumns = @JoinColumn(name = "line_id"))
  @Column(name = "employee_id", nullable = false)
  private Set<Long> employees = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "development_type", nullable = false)
  private CourseType developmentType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Modality modality;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider_kind", nullable = false)
  private Course.ProviderKind providerKind;

  @Column(name = "provider_name", nullable = false)
  private String providerName;

  @Column(name = "planned_quarter")
  private Integer plannedQuarter;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(nullable = false)
  private int classes;

  @Column(nullable = false)
  private int seats;

  @ElementCollection
  @CollectionTable(name = "agency_plan_line_unit_seats", schema = "training", joinColumns = @JoinColumn(name = "line_id"))
  private Set<UnitSeats> unitSeats = new HashSet<>();

  /** Whole rupiah. */
  @Column(nullable = false)
  private long budget;

  @Column(name = "course_id")
  private Long courseId;

  @Column(nullable = false)
  private String note;

  protected PlanLine() {}

  /** A new line of the plan; {@code details} must have been checked with {@link LineDetails#problems}. */
  public PlanLine(long planId, LineDetails details) {
    this.planId = planId;
    replace(details);
  }

  public void replace(LineDetails d) {
    competencyId = d.competencyId();
    targetUnitId = d.targetUnitId();
    minGap = d.minGap() == null ? 1 : d.minGap();
    developmentType = d.developmentType();
    modality = d.modality();
    providerKind = d.providerKind();
    providerName = d.providerName() == null ? "" : d.providerName().trim();
    plannedQuarter = d.plannedQuarter();
    startsOn = d.startsOn();
    endsOn = d.endsOn();
    classes = d.classes();
    seats = d.seats();
    budget = d.budget();
    courseId = d.courseId();
    note = d.note() == null ? "" : d.note().trim();
    // Rewritten only when changed: EclipseLink deletes and inserts a touched collection whole.
    if (!employees.equals(new HashSet<>(d.employees()))) {
      employees.clear();
      employees.addAll(d.employees());
    }
    if (!unitSeats.equals(new HashSet<>(d.unitSeats()))) {
      unitSeats.clear();
      unitSeats.addAll(d.unitSeats());
    }
  }

  public Long getId() {
    return id;
  }

  public long getPlanId() {
    return planId;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public Long getTargetUnitId() {
    return targetUnitId;
  }

  public int getMinGap() {
    return minGap;
  }

  public List<Long> getEmployees() {
    List<Long> sorted = new ArrayList<>(employees);
    sorted.sort(null);
    return sorted;
  }

  public CourseType getDevelopmentType() {
    return developmentType;
  }

  public Modality getModality() {
    return modality;
  }

  public Course.ProviderKind getProviderKind() {
    return providerKind;
  }

  public String getProviderName() {
    return providerName;
  }

  public Integer getPlannedQuarter() {
    return plannedQuarter;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getClasses() {
    return classes;
  }

  public int getSeats() {
    return seats;
  }

  public List<UnitSeats> getUnitSeats() {
    List<UnitSeats> sorted = new ArrayList<>(unitSeats);
    sorted.sort(java.util.Comparator.comparingLong(UnitSeats::getUnitId));
    return sorted;
  }

  public long getBudget() {
    return budget;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getNote() {
    return note;
  }
}
