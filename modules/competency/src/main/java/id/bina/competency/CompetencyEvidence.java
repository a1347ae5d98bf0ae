package id.bina.competency;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Competency evidence for the portal: the caller submits evidence (a certificate, a decree, an e-learning
 * completion, a mentoring record) and sees what became of it; a supervisor or HR manager decides what waits
 * for them. The same rules as the API: nobody reviews their own, a rejection has a reason, and a decision on
 * a version someone else changed fails.
 */
public interface CompetencyEvidence {

  /** Kinds: CERTIFICATE, DECREE, E_LEARNING_COMPLETION, MENTORING_RECORD, OTHER. */
  record Submission(
      Long competencyId, String kind, String title, LocalDate issuedOn, String issuer, Integer claimedLevel, String note) {}

  /** Status: WAITING, IN_REVIEW, ACCEPTED, REJECTED, WITHDRAWN. */
  record Item(
      long id,
      String employeeName,
      String competencyCode,
      String kind,
      String title,
      LocalDate issuedOn,
      int claimedLevel,
      String status,
      Integer acceptedLevel,
      String decisionNote,
      boolean hasFile,
      long version) {}

  Item submit(Submission submission);

  /**
   * Evidence another module records for an employee of the caller's agency (kind TRAINING_COMPLETION: a
   * completed class), from {@code sourceRef}. It waits for the supervisor or an HR manager like submitted
   * evidence and changes no level by itself.
   */
  record Recorded(
      long employeeId,
      long competencyId,
      String kind,
      String title,
      LocalDate issuedOn,
      String issuer,
      int claimedLevel,
      String note,
      String sourceRef) {}

  /**
   * Records the evidence for review; recording the same source for the same competency again changes
   * nothing. Empty when the competency is unknown or retired (nothing to review against).
   */
  java.util.Optional<Item> recordForReview(Recorded recorded);

  /** Attaches a PDF, JPEG or PNG (checked by content) to the caller's own waiting evidence. */
  Item attachFile(long id, long version, InputStream file);

  Page<Item> mine(PageRequest page);

  /** Waiting or in review, for the caller as a reviewer; oldest first. */
  Page<Item> waitingForMe(PageRequest page);

  Item accept(long id, long version, Integer level, String note);

  Item reject(long id, long version, String reason);
}
