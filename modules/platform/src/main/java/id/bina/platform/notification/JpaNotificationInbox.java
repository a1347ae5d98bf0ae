package id.bina.platform.notification;

import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.NotFoundException;
import id.bina.platform.NotificationInbox;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;

/** {@link NotificationInbox} over platform.notification, times in the agency's zone. */
@ApplicationScoped
public class JpaNotificationInbox implements NotificationInbox {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Override
  @Transactional
  public Contents mine(boolean unreadOnly, PageRequest request) {
    if (caller.employeeId().isEmpty()) {
      return new Contents(List.of(), request.page(), request.size(), 0, 0);
    }
    String mine = "n.recipientEmployeeId = :me and n.agencyId = :agency";
    String where = mine + (unreadOnly ? " and n.readAt is null" : "");
    TypedQuery<Notification> rows =
        em.createQuery("select n from Notification n where " + where + " order by n.createdAt desc, n.id desc", Notification.class);
    TypedQuery<Long> total = em.createQuery("select count(n) from Notification n where " + where, Long.class);
    TypedQuery<Long> unread = em.createQuery("select count(n) from Notification n where " + mine + " and n.readAt is null", Long.class);
    for (TypedQuery<?> query : List.of(rows, total, unread)) {
      query.setParameter("me", caller.employeeId().get()).setParameter("agency", caller.agencyId());
    }
    ZoneId zone = directory.zone();
    List<Entry> items =
        rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList().stream().map(n -> entry(n, zone)).toList();
    return new Contents(items, request.page(), request.size(), total.getSingleResult(), unread.getSingleResult());
  }

  @Override
  @Transactional
  public Entry markRead(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null
        || notification.getAgencyId() != caller.agencyId()
        || caller.employeeId().map(me -> me != notification.getRecipientEmployeeId()).orElse(true)) {
      throw new NotFoundException("Notification", id);
    }
    notification.markRead();
    return entry(notification, directory.zone());
  }

  private static Entry entry(Notification n, ZoneId zone) {
    return new Entry(
        n.getId(),
        n.getTopic(),
        n.getSubjectType(),
        n.getSubjectId(),
        n.getText(),
        n.getCreatedAt().atZoneSameInstant(zone).toOffsetDateTime(),
        n.getReadAt() == null ? null : n.getReadAt().atZoneSameInstant(zone).toOffsetDateTime(),
        n.getReadAt() != null);
  }
}
