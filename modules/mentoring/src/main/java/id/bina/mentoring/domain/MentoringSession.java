package id.bina.mentoring.domain;

import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coaching session the mentor logged. Only the mentor writes it; the mentee confirms that it took place,
 * and only a confirmed session counts toward JP. Once confirmed, its date and duration (what the JP rests
 * on) no longer change; its texts and actions still do.
 */
@Entity(name = "MentoringSession")
@Table(name = "session", schema = "mentoring")
public class MentoringSession {

  @Id
  @SequenceGenerator(name = "session_seq", sequenceName = "mentoring.session_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "assignment_id", nullable = false, updatable = false)
  private long assignmentId;

  @Column(name = "mentor_employee_id", nullable = false, updatable = false)
  private long mentorEmployeeId;

  @Column(name = "mentee_employee_id", nullable = false, updatable = false)
  private long menteeEmployeeId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "duration_minutes", nullable = false)
  private short durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SessionMode mode;

  private String topics;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_competency", schema = "mentoring", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "competency_id")
  private Set<Long> competencyIds = new TreeSet<>();

  @Column(name = "shared_summary")
  private String sharedSummary;

  @Column(name = "private_notes")
  private String privateNotes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_action", schema = "mentoring", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<AgreedAction> actions = new ArrayList<>();

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected MentoringSession() {}

  public MentoringSession(long agencyId, long assignmentId, long mentorEmployeeId, long menteeEmployeeId) {
    this.agencyId = agencyId;
    this.assignmentId = assignmentId;
    this.mentorEmployeeId = mentorEmployeeId;
    this.menteeEmployeeId = menteeEmployeeId;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Writes the log. A session is dated between the assignment's start and today; a confirmed one keeps its
   * date and duration.
   */
  public void record(
      LocalDate heldOn, int durationMinutes, SessionMode mode, String topics, Collection<Long> competencyIds,
      String sharedSummary, String privateNotes, List<AgreedAction> actions, LocalDate assignmentStart, LocalDate today) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    if (heldOn == null) {
      errors.add(new InvalidInputException.FieldError(null, "date", "must be given"));
    } else if (heldOn.isBefore(assignmentStart)) {
      errors.add(new InvalidInputException.FieldError(null, "date", "must not be before the assignment started on " + assignmentStart));
    } else if (heldOn.isAfter(today)) {
      errors.add(new InvalidInputException.FieldError(null, "date", "must not be in the future"));
    }
    if (durationMinutes < 1 || durationMinutes > 600) {
      errors.add(new InvalidInputException.FieldError(null, "durationMinutes", "must be from 1 to 600"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (isConfirmed() && (!heldOn.equals(this.heldOn) || durationMinutes != this.durationMinutes)) {
      throw new ConflictException("The mentee confirmed this session: its date and duration no longer change");
    }
    this.heldOn = heldOn;
    this.durationMinutes = (short) durationMinutes;
    this.mode = mode;
    this.topics = blankToNull(topics);
    this.competencyIds.clear();
    if (competencyIds != null) {
      this.competencyIds.addAll(competencyIds);
    }
    this.sharedSummary = blankToNull(sharedSummary);
    this.privateNotes = blankToNull(privateNotes);
    this.actions.clear();
    if (actions != null) {
      this.actions.addAll(actions);
    }
  }

  /** The mentee says it took place; from now on it counts toward JP. */
  public void confirm() {
    if (isConfirmed()) {
      throw new ConflictException("Session " + id + " is already confirmed");
    }
    confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getAssignmentId() {
    return assignmentId;
  }

  public long getMentorEmployeeId() {
    return mentorEmployeeId;
  }

  public long getMenteeEmployeeId() {
    return menteeEmployeeId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public SessionMode getMode() {
    return mode;
  }

  public String getTopics() {
    return topics;
  }

  public Set<Long> getCompetencyIds() {
    return Set.copyOf(competencyIds);
  }

  public String getSharedSummary() {
    return sharedSummary;
  }

  public String getPrivateNotes() {
    return privateNotes;
  }

  public List<AgreedAction> getActions() {
    return List.copyOf(actions);
  }

  public OffsetDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
