package id.bina.mentoring.domain;

import id.bina.platform.AccessDeniedException;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/**
 * One mentee with one mentor in one programme. HR assigns directly (ACTIVE at once: HR made the match and
 * the mentor's capacity is checked), or the mentee requests up to three ranked mentors: the request waits
 * for each in turn a fixed time, then passes to the next; the first who accepts makes it ACTIVE. Either
 * party (or HR) pauses, resumes, completes or ends it early with a reason. The agreement (goals, the
 * mentee's self-rating, an action plan) is signed by both; the final assessment re-rates its goals.
 */
@Entity
@Table(name = "assignment", schema = "mentoring")
public class Assignment {

  public static final int MAX_CANDIDATES = 3;

  @Id
  @SequenceGenerator(name = "assignment_seq", sequenceName = "mentoring.assignment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private long programmeId;

  @Column(name = "mentee_employee_id", nullable = false, updatable = false)
  private long menteeEmployeeId;

  /** The mentor (pool entry); while REQUESTED, the candidate the request now waits for. */
  @Column(name = "mentor_id")
  private Long mentorId;

  @Column(name = "mentor_employee_id")
  private Long mentorEmployeeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssignmentStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assignment_candidate", schema = "mentoring", joinColumns = @JoinColumn(name = "assignment_id"))
  @OrderColumn(name = "rank")
  @Column(name = "mentor_id")
  private List<Long> candidates = new ArrayList<>();

  @Column(name = "candidate_index", nullable = false)
  private short candidateIndex;

  @Column(name = "request_deadline")
  private OffsetDateTime requestDeadline;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "action_plan")
  private String actionPlan;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assignment_goal", schema = "mentoring", joinColumns = @JoinColumn(name = "assignment_id"))
  @OrderColumn(name = "position")
  private List<Goal> goals = new ArrayList<>();

  @Column(name = "mentor_signed_at")
  private OffsetDateTime mentorSignedAt;

  @Column(name = "mentee_signed_at")
  private OffsetDateTime menteeSignedAt;

  @Column(name = "feedback_given", nullable = false)
  private boolean feedbackGiven;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Assignment() {}

  private Assignment(long agencyId, long programmeId, long menteeEmployeeId, String by) {
    this.agencyId = agencyId;
    this.programmeId = programmeId;
    this.menteeEmployeeId = menteeEmployeeId;
    this.createdBy = by;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** HR's direct assignment: active from {@code startsOn}. */
  public static Assignment assigned(
      long agencyId, long programmeId, long menteeEmployeeId, long mentorId, long mentorEmployeeId, LocalDate startsOn, String by) {
    if (mentorEmployeeId == menteeEmployeeId) {
      throw new InvalidInputException("mentorId", "nobody mentors themselves");
    }
    Assignment a = new Assignment(agencyId, programmeId, menteeEmployeeId, by);
    a.mentorId = mentorId;
    a.mentorEmployeeId = mentorEmployeeId;
    a.candidates.add(mentorId);
    a.status = AssignmentStatus.ACTIVE;
    a.startsOn = startsOn;
    return a;
  }

  /**
   * A mentee's request to up to three mentors in order of preference; it waits {@code window} for the first.
   *
   * @param employeeOf the employee id of a mentor (pool entry)
   */
  public static Assignment requested(
      long agencyId, long programmeId, long menteeEmployeeId, List<Long> mentorIds, LongUnaryOperator employeeOf,
      OffsetDateTime now, Duration window, String by) {
    if (mentorIds == null || mentorIds.isEmpty() || mentorIds.size() > MAX_CANDIDATES) {
      throw new InvalidInputException("mentorIds", "name one to " + MAX_CANDIDATES + " mentors, most wanted first");
    }
    if (new HashSet<>(mentorIds).size() != mentorIds.size()) {
      throw new InvalidInputException("mentorIds", "names a mentor twice");
    }
    Assignment a = new Assignment(agencyId, programmeId, menteeEmployeeId, by);
    for (Long mentor : mentorIds) {
      if (employeeOf.applyAsLong(mentor) == menteeEmployeeId) {
        throw new InvalidInputException("mentorIds", "nobody mentors themselves");
      }
    }
    a.candidates.addAll(mentorIds);
    a.status = AssignmentStatus.REQUESTED;
    a.candidateIndex = 0;
    a.waitFor(0, employeeOf, now, window);
    return a;
  }

  private void waitFor(int index, LongUnaryOperator employeeOf, OffsetDateTime now, Duration window) {
    candidateIndex = (short) index;
    mentorId = candidates.get(index);
    mentorEmployeeId = employeeOf.applyAsLong(mentorId);
    requestDeadline = now.plus(window);
  }

  /** The request passes to the next candidate, or is DECLINED after the last one. */
  private void passOn(LongUnaryOperator employeeOf, OffsetDateTime now, Duration window) {
    if (candidateIndex + 1 < candidates.size()) {
      waitFor(candidateIndex + 1, employeeOf, now, window);
    } else {
      status = AssignmentStatus.DECLINED;
      requestDeadline = null;
    }
  }

  /**
   * Checked whenever a request is read: each candidate whose time ran out passes it on (the next one gets a
   * full window from the moment the previous one expired). Returns whether anything changed.
   */
  public boolean expireIfDue(OffsetDateTime now, Duration window, LongUnaryOperator employeeOf) {
    boolean changed = false;
    while (status == AssignmentStatus.REQUESTED && requestDeadline != null && requestDeadline.isBefore(now)) {
      OffsetDateTime expired = requestDeadline;
      passOn(employeeOf, expired, window);
      changed = true;
    }
    return changed;
  }

  /** The candidate the request waits for accepts it: active from {@code today}. */
  public void accept(long mentorEmployee, LocalDate today) {
    requireWaitingFor(mentorEmployee);
    status = AssignmentStatus.ACTIVE;
    startsOn = today;
    requestDeadline = null;
  }

  /** The candidate declines: the request passes on at once. */
  public void decline(long mentorEmployee, LongUnaryOperator employeeOf, OffsetDateTime now, Duration window) {
    requireWaitingFor(mentorEmployee);
    passOn(employeeOf, now, window);
  }

  private void requireWaitingFor(long mentorEmployee) {
    if (status != AssignmentStatus.REQUESTED) {
      throw new ConflictException("Assignment " + id + " is " + status + ", not a request waiting for an answer");
    }
    if (!Objects.equals(mentorEmployeeId, mentorEmployee)) {
      throw new AccessDeniedException("The request waits for another mentor's answer");
    }
  }

  /**
   * Pause, resume, complete or end early. Completion needs a final rating on every goal of the agreement;
   * an early end needs a reason.
   */
  public void changeStatus(AssignmentStatus target, String reason, LocalDate today, String by) {
    boolean allowed =
        switch (target) {
          case PAUSED -> status == AssignmentStatus.ACTIVE;
          case ACTIVE -> status == AssignmentStatus.PAUSED;
          case COMPLETED, ENDED_EARLY -> status.isOpen();
          default -> false;
        };
    if (!allowed) {
      throw new ConflictException("Assignment " + id + " cannot go from " + status + " to " + target);
    }
    if (target == AssignmentStatus.ENDED_EARLY) {
      if (reason == null || reason.isBlank()) {
        throw new InvalidInputException("reason", "say why the mentoring ends early");
      }
      endReason = reason.strip();
    }
    if (target == AssignmentStatus.COMPLETED && goals.stream().anyMatch(g -> g.getFinalLevel() == null)) {
      throw new ConflictException("Rate every goal in the final assessment before completing the mentoring");
    }
    if (target == AssignmentStatus.COMPLETED || target == AssignmentStatus.ENDED_EARLY) {
      endedOn = today;
      endedBy = by;
    }
    status = target;
  }

  /**
   * Writes the agreement. Only the mentee sets their self-ratings: from the mentor, the ratings already
   * given for the same competency are kept, whatever was sent. Any change needs both signatures again.
   */
  public void agree(List<Goal> newGoals, String newActionPlan, boolean byMentee) {
    requireOpen("change the agreement of");
    Set<Long> seen = new HashSet<>();
    for (Goal goal : newGoals) {
      if (!seen.add(goal.getCompetencyId())) {
        throw new InvalidInputException("goals", "names a competency twice");
      }
    }
    if (goals.stream().anyMatch(g -> g.getFinalLevel() != null)) {
      throw new ConflictException("The final assessment has started; the agreement no longer changes");
    }
    Map<Long, Goal> before = new HashMap<>();
    goals.forEach(g -> before.put(g.getCompetencyId(), g));
    List<Goal> next = new ArrayList<>();
    for (Goal goal : newGoals) {
      Goal old = before.get(goal.getCompetencyId());
      Integer self = byMentee ? goal.getSelfLevel() : old == null ? null : old.getSelfLevel();
      next.add(new Goal(goal.getCompetencyId(), goal.getTargetLevel(), goal.getDueOn(), self));
    }
    String plan = newActionPlan == null || newActionPlan.isBlank() ? null : newActionPlan.strip();
    boolean changed = !Objects.equals(plan, actionPlan) || next.size() != goals.size();
    for (int i = 0; !changed && i < next.size(); i++) {
      Goal a = next.get(i);
      Goal b = goals.get(i);
      changed = a.getCompetencyId() != b.getCompetencyId() || a.getTargetLevel() != b.getTargetLevel()
          || !a.getDueOn().equals(b.getDueOn()) || !a.sameSelfLevel(b);
    }
    if (changed) {
      goals.clear();
      goals.addAll(next);
      actionPlan = plan;
      mentorSignedAt = null;
      menteeSignedAt = null;
    }
  }

  /** One party signs the agreement as it stands. */
  public void sign(boolean byMentee) {
    requireOpen("sign the agreement of");
    if (goals.isEmpty()) {
      throw new ConflictException("The agreement has no goals yet");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (byMentee) {
      menteeSignedAt = now;
    } else {
      mentorSignedAt = now;
    }
  }

  public boolean isSigned() {
    return mentorSignedAt != null && menteeSignedAt != null;
  }

  /** Re-rates goals of the signed agreement (competency id to level 1-5). */
  public void rateFinally(Map<Long, Integer> levels) {
    requireOpen("assess");
    if (!isSigned()) {
      throw new ConflictException("Both parties sign the agreement before its goals are assessed");
    }
    for (Map.Entry<Long, Integer> rating : levels.entrySet()) {
      Goal goal =
          goals.stream()
              .filter(g -> g.getCompetencyId() == rating.getKey())
              .findFirst()
              .orElseThrow(() -> new InvalidInputException("goals", "competency " + rating.getKey() + " is not a goal of the agreement"));
      if (rating.getValue() == null || rating.getValue() < 1 || rating.getValue() > 5) {
        throw new InvalidInputException("finalLevel", "must be a level from 1 to 5");
      }
      goal.rateFinally(rating.getValue());
    }
  }

  /** The mentee gives feedback once per assignment, once it started. */
  public void markFeedbackGiven() {
    if (status == AssignmentStatus.REQUESTED || status == AssignmentStatus.DECLINED) {
      throw new ConflictException("Feedback is given on a mentoring that took place");
    }
    if (feedbackGiven) {
      throw new ConflictException("Feedback on this mentoring was already given");
    }
    feedbackGiven = true;
  }

  private void requireOpen(String action) {
    if (!status.isOpen()) {
      throw new ConflictException("Cannot " + action + " assignment " + id + ": it is " + status);
    }
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public long getMenteeEmployeeId() {
    return menteeEmployeeId;
  }

  public Long getMentorId() {
    return mentorId;
  }

  public Long getMentorEmployeeId() {
    return mentorEmployeeId;
  }

  public AssignmentStatus getStatus() {
    return status;
  }

  public List<Long> getCandidates() {
    return List.copyOf(candidates);
  }

  public int getCandidateIndex() {
    return candidateIndex;
  }

  public OffsetDateTime getRequestDeadline() {
    return requestDeadline;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getEndReason() {
    return endReason;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public String getActionPlan() {
    return actionPlan;
  }

  public List<Goal> getGoals() {
    return List.copyOf(goals);
  }

  public OffsetDateTime getMentorSignedAt() {
    return mentorSignedAt;
  }

  public OffsetDateTime getMenteeSignedAt() {
    return menteeSignedAt;
  }

  public boolean isFeedbackGiven() {
    return feedbackGiven;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
