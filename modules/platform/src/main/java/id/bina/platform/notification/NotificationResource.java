package id.bina.platform.notification;

import id.bina.platform.NotificationInbox;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own inbox. Notifications belong to an employee, so an account without an employee record
 * (a pure administrator) has an empty inbox; someone else's notification does not exist for the caller (404).
 */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Kotak masuk: what waits for the caller")
@RolesAllowed({
  Role.Names.HR_MANAGER, Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR
})
public class NotificationResource {

  @Inject NotificationInbox inbox;

  @GET
  @Operation(summary = "My notifications, newest first; ?unread=true for the unread ones only; with the unread count")
  public NotificationInbox.Contents list(
      @QueryParam("unread") boolean unreadOnly, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return inbox.mine(unreadOnly, PageRequest.of(page, size));
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of my notifications read (again: no change)")
  public NotificationInbox.Entry read(@PathParam("id") long id) {
    return inbox.markRead(id);
  }
}
