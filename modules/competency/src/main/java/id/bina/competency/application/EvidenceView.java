package id.bina.competency.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One piece of evidence as its submitter and reviewers see it (never the file's bytes). */
public record EvidenceView(
    long id,
    long employeeId,
    String employeeName,
    long competencyId,
    String competencyCode,
    int revision,
    String kind,
    String title,
    LocalDate issuedOn,
    String issuer,
    int claimedLevel,
    String note,
    File file,
    String status,
    String submittedBy,
    OffsetDateTime submittedAt,
    String reviewer,
    Integer acceptedLevel,
    String decisionNote,
    OffsetDateTime decidedAt,
    Long assessmentId,
    long version) {

  /** The attached file, if any: its checked type and size in bytes. */
  public record File(String contentType, long size) {}

  /** The file itself, for download. */
  public record Content(String contentType, byte[] bytes) {}
}
