package id.bina.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotificationMailTest {

  private static Notification notification() {
    return new Notification(1, 2, "TEST", "Test", 3, "Permintaan Anda disetujui.");
  }

  @Test
  void aFailedCopyIsRetriedUntilTheLastAttemptThenGivenUp() {
    Notification n = notification();
    n.requestMail();
    for (int attempt = 1; attempt < 3; attempt++) {
      assertEquals(attempt, n.startMailAttempt());
      assertTrue(n.mailFailed("connection refused", 3), "attempt " + attempt + " of 3 is retried");
      assertEquals(Notification.MailStatus.PENDING, n.getMailStatus());
    }
    assertEquals(3, n.startMailAttempt());
    assertFalse(n.mailFailed("connection refused", 3));
    assertEquals(Notification.MailStatus.FAILED, n.getMailStatus());
    assertFalse(n.isMailPending());
    assertThrows(IllegalStateException.class, n::startMailAttempt, "a given-up copy is never tried again");
    assertNull(n.getReadAt(), "the notification itself is untouched");
  }

  @Test
  void aSentCopyIsNotSentAgain() {
    Notification n = notification();
    n.requestMail();
    n.startMailAttempt();
    n.mailFailed("timeout", 5);
    n.startMailAttempt();
    n.mailSent();
    assertEquals(Notification.MailStatus.SENT, n.getMailStatus());
    assertNull(n.getMailError());
    assertFalse(n.isMailPending());
    assertThrows(IllegalStateException.class, n::startMailAttempt);
  }

  @Test
  void withoutARequestNoCopyIsPending() {
    Notification n = notification();
    assertNull(n.getMailStatus());
    assertFalse(n.isMailPending());
  }

  @Test
  void theSubjectIsTheTextOnOneShortLine() {
    assertEquals("[Bina] Permintaan Anda disetujui.", NotificationMailer.Attempts.subject("Permintaan Anda\n disetujui."));
    String subject = NotificationMailer.Attempts.subject("x".repeat(300));
    assertEquals("[Bina] ".length() + NotificationMailer.Attempts.SUBJECT_TEXT, subject.length());
    assertTrue(subject.endsWith("…"));
  }
}
