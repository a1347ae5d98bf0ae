package id.bina.platform.notification;

/**
 * Asks for the e-mail copy of a notification: published through the outbox with the notification, so the
 * mail goes out only after the business transaction commits, and a failure is retried without touching it.
 */
public record NotificationMail(long notificationId) {}
