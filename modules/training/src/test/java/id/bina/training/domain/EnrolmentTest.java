package id.bina.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.training.EnrolmentStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static Enrolment withSeat() {
    return Enrolment.request(1, 2, 3, 1, 4L, Enrolment.Seat.quota(9), "pegawai");
  }

  @Test
  void aRequestWithASeatWaitsForApprovalAndOneWithoutIsWaitlisted() {
    assertEquals(EnrolmentStatus.PENDING_APPROVAL, withSeat().getStatus());
    Enrolment waiting = Enrolment.request(1, 2, 3, 11, 4L, null, "pegawai");
    assertEquals(EnrolmentStatus.WAITLISTED, waiting.getStatus());
    assertNull(waiting.getSeat());
    waiting.promote(Enrolment.Seat.pool(), "hr");
    assertEquals(EnrolmentStatus.PENDING_APPROVAL, waiting.getStatus());
    assertEquals(Enrolment.SeatKind.POOL, waiting.getSeat().kind());
  }

  @Test
  void approvalConfirmsUnlessHrConfirms() {
    Enrolment direct = withSeat();
    direct.approve(false, "atasan");
    assertEquals(EnrolmentStatus.CONFIRMED, direct.getStatus());
    Enrolment viaHr = withSeat();
    viaHr.approve(true, "atasan");
    assertEquals(EnrolmentStatus.APPROVED, viaHr.getStatus());
    viaHr.confirm("hr");
    assertEquals(EnrolmentStatus.CONFIRMED, viaHr.getStatus());
    assertThrows(IllegalStateException.class, () -> viaHr.approve(false, "atasan"));
  }

  @Test
  void rejectionNeedsAReasonAndGivesTheSeatBack() {
    Enrolment e = withSeat();
    assertThrows(IllegalArgumentException.class, () -> e.reject(" ", "atasan"));
    assertEquals(Enrolment.Seat.quota(9), e.reject("Tugas kantor", "atasan"));
    assertEquals(EnrolmentStatus.REJECTED, e.getStatus());
    assertNull(e.getSeat());
    assertThrows(IllegalStateException.class, () -> e.withdraw("pegawai"));
  }

  @Test
  void aWaitlistedWithdrawalGivesNoSeatBack() {
    Enrolment e = Enrolment.request(1, 2, 3, 11, null, null, "pegawai");
    assertNull(e.withdraw("pegawai"));
    assertFalse(e.getStatus().isActive());
  }

  @Test
  void completionNeedsTheAttendanceThresholdAndThePassingScore() {
    CompletionRule rule = new CompletionRule(80, new BigDecimal("70"));
    Enrolment passed = withSeat();
    passed.approve(false, "atasan");
    passed.recordPostTest(new BigDecimal("70"), "hr");
    assertTrue(passed.finish(CompletionRule.percent(4, 5), rule, "hr"));
    assertEquals(EnrolmentStatus.COMPLETED, passed.getStatus());

    Enrolment absent = withSeat();
    absent.approve(false, "atasan");
    absent.recordPostTest(new BigDecimal("95"), "hr");
    assertFalse(absent.finish(CompletionRule.percent(3, 4), rule, "hr"));
    assertEquals(EnrolmentStatus.NOT_COMPLETED, absent.getStatus());

    Enrolment untested = withSeat();
    untested.approve(false, "atasan");
    assertFalse(untested.finish(CompletionRule.percent(2, 2), rule, "hr"));
    assertTrue(new CompletionRule(80, null).passes(new BigDecimal("80.00"), null));
    assertEquals(new BigDecimal("66.67"), CompletionRule.percent(2, 3));
  }

  @Test
  void certificateNumbersAreReadableAndRandomAndNamesAreMasked() {
    String number = Certificate.newNumber(2026);
    assertTrue(number.matches("BINA-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), number);
    assertFalse(number.equals(Certificate.newNumber(2026)));
    assertEquals("Bu** Sa*****", Certificate.masked("Budi Santoso"));
    assertEquals("Ad* A", Certificate.masked(" Adi  A "));
  }

  @Test
  void aCertificationIsExpiringInItsLast90DaysThenExpired() {
    java.time.LocalDate until = java.time.LocalDate.of(2027, 6, 30);
    Certificate c = new Certificate(1, 2, 3, "Budi", "K", "Kursus", "Angkatan 1", until.minusYears(1), until.minusYears(1), 24, until.minusYears(1), until);
    assertEquals(Certificate.Validity.VALID, c.validityOn(until.minusDays(90)));
    assertEquals(Certificate.Validity.EXPIRING, c.validityOn(until.minusDays(89)));
    assertEquals(Certificate.Validity.EXPIRING, c.validityOn(until));
    assertEquals(Certificate.Validity.EXPIRED, c.validityOn(until.plusDays(1)));
    Certificate forever = new Certificate(1, 2, 3, "Budi", "K", "Kursus", "Angkatan 1", until, until, 24, until, null);
    assertEquals(Certificate.Validity.VALID, forever.validityOn(until.plusYears(30)));
  }
}
