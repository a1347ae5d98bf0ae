package id.bina.platform.notification;

import id.bina.platform.organisation.domain.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mail copy of a notification through Jakarta Mail. It observes {@link NotificationMail}, which
 * the outbox delivers after the notifying transaction committed: nothing is mailed for a rolled-back
 * change, and nothing the mail server does can roll back a notification. A failed attempt is counted on the
 * notification and retried by the outbox (5 s, 10 s, 20 s ... later) until {@code bina.mail.max-attempts},
 * then given up. Each attempt's bookkeeping commits on its own, so the count survives the failure.
 */
@ApplicationScoped
public class NotificationMailer {

  private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

  @Inject Attempts attempts;

  /** A failed attempt that will be tried again: the outbox keeps the request and retries it later. */
  static class MailNotSent extends RuntimeException {
    MailNotSent(String message, Throwable cause) {
      super(message, cause);
    }
  }

  void send(@Observes NotificationMail request) {
    MailSettings settings = MailSettings.current().orElse(null);
    Letter letter = attempts.start(request.notificationId(), settings != null);
    if (letter == null) {
      return; // sent already (a repeated delivery), skipped, or given up
    }
    try {
      Session session =
          Session.getInstance(
              settings.sessionProperties(),
              settings.username() == null
                  ? null
                  : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                      return new PasswordAuthentication(settings.username(), settings.password());
                    }
                  });
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), letter.name(), "UTF-8"));
      message.setSubject(letter.subject(), "UTF-8");
      message.setText(letter.body(), "UTF-8");
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
      String error = e.toString();
      if (attempts.failed(request.notificationId(), error, settings.maxAttempts())) {
        throw new MailNotSent("e-mail of notification " + request.notificationId() + " not sent (attempt " + letter.attempt() + "): " + error, e);
      }
      LOG.log(Level.WARNING, "E-mail of notification {0} given up after {1} attempts: {2}",
          new Object[] {request.notificationId(), letter.attempt(), error});
      return;
    }
    attempts.sent(request.notificationId());
  }

  /** What one attempt sends. */
  record Letter(String to, String name, String subject, String body, int attempt) {}

  /** The bookkeeping of attempts, each step in a transaction of its own. */
  @ApplicationScoped
  public static class Attempts {

    static final int SUBJECT_TEXT = 90;

    @PersistenceContext(unitName = "bina")
    EntityManager em;

    /**
     * Counts an attempt and returns what to send; null when nothing is to be sent (already sent or given up,
     * mail switched off meanwhile, or the recipient no longer has an address).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Letter start(long notificationId, boolean mailConfigured) {
      Notification n = em.find(Notification.class, notificationId);
      if (n == null || !n.isMailPending()) {
        return null;
      }
      if (!mailConfigured) {
        n.mailSkipped("no SMTP server configured at send time");
        return null;
      }
      Employee recipient = em.find(Employee.class, n.getRecipientEmployeeId());
      String address = recipient == null ? null : recipient.getEmail();
      if (address == null || address.isBlank()) {
        n.mailSkipped("the recipient has no e-mail address");
        return null;
      }
      int attempt = n.startMailAttempt();
      return new Letter(address.strip(), recipient.getName(), subject(n.getText()), body(n), attempt);
    }

    /** @return true when another attempt is due later */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long notificationId, String error, int maxAttempts) {
      Notification n = em.find(Notification.class, notificationId);
      return n != null && n.mailFailed(error, maxAttempts);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long notificationId) {
      Notification n = em.find(Notification.class, notificationId);
      if (n != null) {
        n.mailSent();
      }
    }

    static String subject(String text) {
      String firstLine = text.strip().replaceAll("\\s+", " ");
      return "[Bina] " + (firstLine.length() <= SUBJECT_TEXT ? firstLine : firstLine.substring(0, SUBJECT_TEXT - 1) + "…");
    }

    static String body(Notification n) {
      return n.getText()
          + "\n\n--\nPemberitahuan ini juga ada di kotak masuk Bina (menu lonceng)."
          + "\nPesan ini dikirim otomatis oleh Bina; mohon tidak dibalas.";
    }
  }
}
