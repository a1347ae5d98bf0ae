package id.bina.training.domain;

import id.bina.training.CourseStatus;
import id.bina.training.CourseType;
import id.bina.training.LeadershipProgramme;
import id.bina.training.Modality;
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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A course of an agency's catalog. Its search vector is kept by a database trigger from code, title and
 * description with the text search configuration in {@code searchConfig}.
 */
@Entity
@Table(name = "course", schema = "training")
public class Course {

  /** Whose training unit runs the course. */
  public enum ProviderKind {
    /** The agency's own training unit. */
    INTERNAL,
    /** Another institution, e.g. LAN or a BPSDM. */
    EXTERNAL
  }

  @Id
  @SequenceGenerator(name = "course_seq", sequenceName = "training.course_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "course_type", nullable = false)
  private CourseType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "leadership_programme")
  private LeadershipProgramme leadershipProgramme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Modality modality;

  /** In JP (jam pelajaran, 45 minutes). */
  @Column(name = "lesson_hours", nullable = false)
  private int lessonHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider_kind", nullable = false)
  private ProviderKind providerKind;

  @Column(name = "provider_name", nullable = false)
  private String providerName;

  /** Whole rupiah. */
  @Column(name = "cost_per_participant", nullable = false)
  private long costPerParticipant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CourseStatus status = CourseStatus.DRAFT;

  @Column(name = "search_config", nullable = false)
  private String searchConfig;

  @ElementCollection
  @CollectionTable(name = "course_competency", schema = "training", joinColumns = @JoinColumn(name = "course_id"))
  private Set<TargetCompetency> targetCompetencies = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "course_prerequisite_course",
      schema = "training",
      joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "required_course_id", nullable = false)
  private Set<Long> prerequisiteCourses = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "course_prerequisite_competency",
      schema = "training",
      joinColumns = @JoinColumn(name = "course_id"))
  private Set<CompetencyPrerequisite> prerequisiteCompetencies = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "course_eligibility", schema = "training", joinColumns = @JoinColumn(name = "course_id"))
  // A list, not a set: the hash of an enum changes from one JVM to the next, so a set's order could differ from its
  // clone's and EclipseLink then saw a change at commit, raising the version behind the ETag just answered.
  private List<Eligibility> eligibility = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected Course() {}

  /** A new draft course; {@code details} must have been checked with {@link CourseDetails#problems()}. */
  public static Course draft(long agencyId, String code, CourseDetails details, String searchConfig, String by) {
    Course course = new Course();
    course.agencyId = agencyId;
    course.code = code;
    course.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    course.createdBy = by;
    course.apply(details, searchConfig, by);
    return course;
  }

  /** Replaces everything but the code (a code may change, as long as it stays unique: the caller checks). */
  public void replace(String newCode, CourseDetails details, String searchConfig, String by) {
    if (status == CourseStatus.RETIRED) {
      throw new IllegalStateException("a retired course is no longer edited");
    }
    code = newCode;
    apply(details, searchConfig, by);
  }

  private void apply(CourseDetails d, String searchConfig, String by) {
    if (!d.problems().isEmpty()) {
      throw new IllegalArgumentException("invalid course: " + d.problems());
    }
    title = d.title();
    description = d.description() == null ? "" : d.description();
    type = d.type();
    leadershipProgramme = d.leadershipProgramme();
    modality = d.modality();
    lessonHours = d.lessonHours();
    providerKind = d.providerKind();
    providerName = d.providerName();
    costPerParticipant = d.costPerParticipant();
    this.searchConfig = searchConfig;
    // Element collections are replaced only when they differ: EclipseLink rewrites a touched collection whole.
    replaceIfChanged(targetCompetencies, d.targetCompetencies());
    replaceIfChanged(prerequisiteCourses, d.prerequisiteCourses());
    replaceIfChanged(prerequisiteCompetencies, d.prerequisiteCompetencies());
    replaceIfChanged(eligibility, d.eligibility());
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = by;
  }

  private static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
    if (!new HashSet<>(current).equals(new HashSet<>(wanted))) {
      current.clear();
      current.addAll(new java.util.LinkedHashSet<>(wanted));
    }
  }

  private static <T> void replaceIfChanged(Set<T> current, List<T> wanted) {
    if (!current.equals(new HashSet<>(wanted))) {
      current.clear();
      current.addAll(wanted);
    }
  }

  public void publish(String by) {
    if (status != CourseStatus.DRAFT) {
      throw new IllegalStateException("only a draft course is published; this one is " + status);
    }
    status = CourseStatus.PUBLISHED;
    touch(by);
  }

  public void retire(String by) {
    if (status == CourseStatus.RETIRED) {
      throw new IllegalStateException("the course is already retired");
    }
    status = CourseStatus.RETIRED;
    touch(by);
  }

  private void touch(String by) {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public CourseType getType() {
    return type;
  }

  public LeadershipProgramme getLeadershipProgramme() {
    return leadershipProgramme;
  }

  public Modality getModality() {
    return modality;
  }

  public int getLessonHours() {
    return lessonHours;
  }

  public ProviderKind getProviderKind() {
    return providerKind;
  }

  public String getProviderName() {
    return providerName;
  }

  public long getCostPerParticipant() {
    return costPerParticipant;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public List<TargetCompetency> getTargetCompetencies() {
    return new ArrayList<>(targetCompetencies);
  }

  public List<Long> getPrerequisiteCourses() {
    return new ArrayList<>(prerequisiteCourses);
  }

  public List<CompetencyPrerequisite> getPrerequisiteCompetencies() {
    return new ArrayList<>(prerequisiteCompetencies);
  }

  public List<Eligibility> getEligibility() {
    return new ArrayList<>(eligibility);
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
