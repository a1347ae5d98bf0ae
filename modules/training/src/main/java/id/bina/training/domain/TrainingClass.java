package id.bina.training.domain;

import id.bina.training.ClassStatus;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A class (offering) of a course: when and where it meets, how many seats it has and for whom, and where it
 * stands in its life. Seats are taken by enrolment with one conditional UPDATE each (a unit's quota, or the
 * pool outside the quotas: see the migration), which is why this entity only reads {@code seats_taken}.
 */
@Entity
@Table(name = "training_class", schema = "training")
public class TrainingClass {

  @Id
  @SequenceGenerator(name = "training_class_seq", sequenceName = "training.training_class_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_class_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String venue;

  @Column(name = "online_link")
  private String onlineLink;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "seats_taken", insertable = false, updatable = false)
  private int seatsTaken;

  @Column(name = "enrolment_opens", nullable = false)
  private LocalDate enrolmentOpens;

  @Column(name = "enrolment_closes", nullable = false)
  private LocalDate enrolmentCloses;

  /** Kept with the sessions so that date filters use an index, not the session table. */
  @Column(name = "first_session_on", nullable = false)
  private LocalDate firstSessionOn;

  @Column(name = "last_session_on", nullable = false)
  private LocalDate lastSessionOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClassStatus status = ClassStatus.DRAFT;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @ElementCollection
  @CollectionTable(name = "class_session", schema = "training", joinColumns = @JoinColumn(name = "class_id"))
  @OrderColumn(name = "seq")
  private List<Session> sessions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "class_seat_quota", schema = "training", joinColumns = @JoinColumn(name = "class_id"))
  private Set<SeatQuota> quotas = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "class_trainer", schema = "training", joinColumns = @JoinColumn(name = "class_id"))
  @OrderColumn(name = "seq")
  private List<Trainer> trainers = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected TrainingClass() {}

  /** A new draft class; {@code details} must have been checked with {@link ClassDetails#problems()}. */
  public static TrainingClass draft(long agencyId, long courseId, ClassDetails details, String by) {
    TrainingClass k = new TrainingClass();
    k.agencyId = agencyId;
    k.courseId = courseId;
    k.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    k.createdBy = by;
    k.apply(details, by);
    return k;
  }

  /**
   * Replaces the details. Only a class that has not started is edited; once it is open the quotas stay as
   * they are (enrolments count against them) and the capacity never drops below the seats taken.
   */
  public void replace(ClassDetails details, String by) {
    if (status != ClassStatus.DRAFT && status != ClassStatus.OPEN && status != ClassStatus.CLOSED) {
      throw new IllegalStateException("a " + status + " class is no longer edited");
    }
    if (status != ClassStatus.DRAFT && !quotas.equals(new HashSet<>(details.quotas()))) {
      throw new IllegalStateException("the seat quotas of a class change only while it is a draft");
    }
    if (details.capacity() != null && details.capacity() < seatsTaken) {
      throw new IllegalStateException(
          "the capacity cannot drop below the " + seatsTaken + " seats already taken");
    }
    apply(details, by);
  }

  private void apply(ClassDetails d, String by) {
    if (!d.problems().isEmpty()) {
      throw new IllegalArgumentException("invalid class: " + d.problems());
    }
    code = d.code();
    name = d.name();
    venue = blankToNull(d.venue());
    onlineLink = blankToNull(d.onlineLink());
    capacity = d.capacity();
    enrolmentOpens = d.enrolmentOpens();
    enrolmentCloses = d.enrolmentCloses();
    firstSessionOn = d.firstSessionOn();
    lastSessionOn = d.lastSessionOn();
    // Rewritten only when changed: EclipseLink deletes and inserts a touched collection whole.
    if (!sessions.equals(d.sessions())) {
      sessions.clear();
      sessions.addAll(d.sessions());
    }
    if (!quotas.equals(new HashSet<>(d.quotas()))) {
      quotas.clear();
      quotas.addAll(d.quotas());
    }
    if (!trainers.equals(d.trainers())) {
      trainers.clear();
      trainers.addAll(d.trainers());
    }
    touch(by);
  }

  /**
   * Moves the class to {@code target} if its life allows it; a cancellation needs a reason.
   *
   * @throws IllegalStateException when the move is not allowed from the current status
   */
  public void moveTo(ClassStatus target, String reason, String by) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException("a " + status + " class cannot become " + target + "; it may become " + status.next());
    }
    if (target == ClassStatus.CANCELLED) {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a cancellation needs a reason");
      }
      cancelReason = reason.trim();
    }
    status = target;
    touch(by);
  }

  /** Open, and today (in the agency's zone) inside the enrolment window. */
  public boolean isOpenForEnrolment(LocalDate today) {
    return status == ClassStatus.OPEN && !today.isBefore(enrolmentOpens) && !today.isAfter(enrolmentCloses);
  }

  private void touch(String by) {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = by;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getVenue() {
    return venue;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getSeatsTaken() {
    return seatsTaken;
  }

  public LocalDate getEnrolmentOpens() {
    return enrolmentOpens;
  }

  public LocalDate getEnrolmentCloses() {
    return enrolmentCloses;
  }

  public LocalDate getFirstSessionOn() {
    return firstSessionOn;
  }

  public LocalDate getLastSessionOn() {
    return lastSessionOn;
  }

  public ClassStatus getStatus() {
    return status;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public List<Session> getSessions() {
    return List.copyOf(sessions);
  }

  public List<SeatQuota> getQuotas() {
    return new ArrayList<>(quotas);
  }

  public List<Trainer> getTrainers() {
    return List.copyOf(trainers);
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
