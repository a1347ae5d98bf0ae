package id.bina.competency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  private static final long EMPLOYEE = 7;
  private static final long SUPERVISOR = 8;
  private static final long HR = 9;

  private static Evidence submitted(int claimedLevel) {
    return new Evidence(
        1, EMPLOYEE, SUPERVISOR, 10, 1, EvidenceKind.CERTIFICATE, " Sertifikat Pelatihan ", LocalDate.of(2026, 5, 1),
        "BPSDM", claimedLevel, null, "pegawai");
  }

  @Test
  void aTakenEvidenceIsDecidedByItsReviewerOnly() {
    Evidence evidence = submitted(3);
    evidence.takeIntoReview(SUPERVISOR, "atasan");
    assertEquals(EvidenceStatus.IN_REVIEW, evidence.getStatus());
    assertThrows(ConflictException.class, () -> evidence.accept(HR, "hr", null, null));
    assertThrows(ConflictException.class, () -> evidence.takeIntoReview(HR, "hr"));
    assertEquals(3, evidence.accept(SUPERVISOR, "atasan", null, "Sesuai"));
    assertEquals(EvidenceStatus.ACCEPTED, evidence.getStatus());
    assertEquals(3, evidence.getAcceptedLevel());
    assertEquals("atasan", evidence.getReviewer());
    assertEquals("Sertifikat Pelatihan", evidence.getTitle());
  }

  @Test
  void aWaitingEvidenceMayBeDecidedWithoutTakingItFirst() {
    Evidence evidence = submitted(4);
    evidence.reject(HR, "hr", "  Sertifikat tidak terbaca ");
    assertEquals(EvidenceStatus.REJECTED, evidence.getStatus());
    assertEquals("Sertifikat tidak terbaca", evidence.getDecisionNote());
    assertNull(evidence.getAcceptedLevel());
  }

  @Test
  void nobodyReviewsTheirOwnEvidence() {
    Evidence evidence = submitted(3);
    assertThrows(AccessDeniedException.class, () -> evidence.takeIntoReview(EMPLOYEE, "pegawai"));
    assertThrows(AccessDeniedException.class, () -> evidence.accept(EMPLOYEE, "pegawai", null, null));
    assertThrows(AccessDeniedException.class, () -> evidence.reject(EMPLOYEE, "pegawai", "alasan"));
    assertEquals(EvidenceStatus.WAITING, evidence.getStatus());
  }

  @Test
  void theAcceptedLevelIsAtMostTheClaimedOne() {
    Evidence evidence = submitted(3);
    InvalidInputException tooHigh = assertThrows(InvalidInputException.class, () -> evidence.accept(HR, "hr", 4, null));
    assertEquals("level", tooHigh.errors().get(0).field());
    assertThrows(InvalidInputException.class, () -> evidence.accept(HR, "hr", 0, null));
    assertEquals(2, evidence.accept(HR, "hr", 2, null));
    assertEquals(2, evidence.getAcceptedLevel());
  }

  @Test
  void aRejectionNeedsAReason() {
    Evidence evidence = submitted(3);
    InvalidInputException blank = assertThrows(InvalidInputException.class, () -> evidence.reject(HR, "hr", " "));
    assertEquals("reason", blank.errors().get(0).field());
    assertThrows(InvalidInputException.class, () -> evidence.reject(HR, "hr", null));
  }

  @Test
  void decidedEvidenceStaysDecided() {
    Evidence evidence = submitted(3);
    evidence.accept(HR, "hr", null, null);
    assertThrows(ConflictException.class, () -> evidence.reject(HR, "hr", "berubah pikiran"));
    assertThrows(ConflictException.class, () -> evidence.accept(HR, "hr", null, null));
    assertThrows(ConflictException.class, evidence::withdraw);
    assertThrows(ConflictException.class, () -> evidence.attachFile(EvidenceFileType.PDF, 10));
    assertEquals(EvidenceStatus.ACCEPTED, evidence.getStatus());
  }

  @Test
  void onlyWaitingEvidenceIsWithdrawnOrGetsAFile() {
    Evidence waiting = submitted(3);
    waiting.attachFile(EvidenceFileType.PNG, 120);
    assertEquals("image/png", waiting.getFileContentType());
    waiting.withdraw();
    assertEquals(EvidenceStatus.WITHDRAWN, waiting.getStatus());
    assertThrows(ConflictException.class, () -> waiting.takeIntoReview(HR, "hr"));

    Evidence inReview = submitted(3);
    inReview.takeIntoReview(HR, "hr");
    assertThrows(ConflictException.class, inReview::withdraw);
    assertThrows(ConflictException.class, () -> inReview.attachFile(EvidenceFileType.PDF, 10));
  }

  @Test
  void onlyAcceptedEvidenceBecomesAnAssessment() {
    Evidence evidence = submitted(3);
    assertThrows(IllegalStateException.class, () -> evidence.recordedAs(99));
    evidence.accept(HR, "hr", null, null);
    evidence.recordedAs(99);
    assertEquals(99L, evidence.getAssessmentId());
  }

  @Test
  void aClaimedLevelIsOneToFive() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> submitted(6));
    assertEquals("claimedLevel", e.errors().get(0).field());
  }

  @Test
  void fileTypesAreRecognisedByContentNotByName() {
    assertEquals(Optional.of(EvidenceFileType.PDF), EvidenceFileType.detect("%PDF-1.7\n...".getBytes()));
    assertEquals(
        Optional.of(EvidenceFileType.PNG),
        EvidenceFileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
    assertEquals(Optional.of(EvidenceFileType.JPEG), EvidenceFileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x0E}));
    assertEquals(Optional.empty(), EvidenceFileType.detect("MZ\u0090\u0000 not a pdf".getBytes()));
    assertEquals(Optional.empty(), EvidenceFileType.detect("%PD".getBytes()));
    assertEquals(Optional.empty(), EvidenceFileType.detect(new byte[0]));
  }
}
