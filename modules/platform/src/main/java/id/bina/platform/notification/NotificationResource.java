package id.bina.platform.notification;

import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own inbox. Notifications belong to an employee, so an account without an employee record
 * (a pure administrator) has an empty inbox; someone else's notification does not exist for the caller (404).
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Kotak masuk: what waits for the caller")
@RolesAllowed({
  Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
})
public class NotificationResource {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  public record NotificationView(
      long id,
      String topic,
      String subjectType,
      long subjectId,
      String text,
      OffsetDateTime createdAt,
      OffsetDateTime readAt,
      boolean read) {}

  /** A page of the inbox with the number of unread notifications (for a badge), whatever the filter. */
  public record Inbox(List<NotificationView> items, int page, int size, long totalItems, long unread) {}

  @GET
  @Transactional
  @Operation(summary = "My notifications, newest first; ?unread=true for the unread ones only; with the unread count")
  public Inbox list(@QueryParam("unread") boolean unreadOnly, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    if (caller.employeeId().isEmpty()) {
      return new Inbox(List.of(), request.page(), request.size(), 0, 0);
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
    List<NotificationView> items =
        rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList().stream().map(n -> view(n, zone)).toList();
    return new Inbox(items, request.page(), request.size(), total.getSingleResult(), unread.getSingleResult());
  }

  @POST
  @Path("{id}/read")
  @Transactional
  @Operation(summary = "Mark one of my notifications read (again: no change)")
  public NotificationView read(@PathParam("id") long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null
        || notification.getAgencyId() != caller.agencyId()
        || caller.employeeId().map(me -> me != notification.getRecipientEmployeeId()).orElse(true)) {
      throw new NotFoundException("Notification", id);
    }
    notification.markRead();
    return view(notification, directory.zone());
  }

  private static NotificationView view(Notification n, ZoneId zone) {
    return new NotificationView(
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
