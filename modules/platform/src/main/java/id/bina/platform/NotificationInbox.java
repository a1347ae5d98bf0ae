package id.bina.platform;

import java.time.OffsetDateTime;
import java.util.List;

/** The caller's own notifications (the in-app inbox that {@link Notifications} fills), newest first. */
public interface NotificationInbox {

  record Entry(
      long id,
      String topic,
      String subjectType,
      long subjectId,
      String text,
      OffsetDateTime createdAt,
      OffsetDateTime readAt,
      boolean read) {}

  /** A page of the inbox with the number of unread notifications (for a badge), whatever the filter. */
  record Contents(List<Entry> items, int page, int size, long totalItems, long unread) {}

  /** Empty for an account without an employee record. */
  Contents mine(boolean unreadOnly, PageRequest page);

  /** Marks one of the caller's notifications read (again: no change); 404 for anyone else's. */
  Entry markRead(long id);
}
