package id.bina.portal.web;

import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.platform.Caller;
import id.bina.platform.NotFoundException;
import id.bina.platform.NotificationInbox;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bell in the header (unread count) and the inbox page: what waits for the caller, newest first. */
@Named("inbox")
@RequestScoped
public class InboxPage {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject NotificationInbox inbox;

  @Inject Caller caller;

  private NotificationInbox.Contents contents;

  private NotificationInbox.Contents contents() {
    if (contents == null) {
      contents = inbox.mine(false, PageRequest.of(0, 50));
    }
    return contents;
  }

  /** Only people (accounts with an employee record) receive notifications. */
  public boolean isAvailable() {
    return caller.employeeId().isPresent();
  }

  public long getUnread() {
    return isAvailable() ? contents().unread() : 0;
  }

  public List<Map<String, Object>> getEntries() {
    return contents().items().stream()
        .map(
            e -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", e.id());
              row.put("text", e.text());
              row.put("when", WHEN.format(e.createdAt()));
              row.put("read", e.read());
              return row;
            })
        .toList();
  }

  /** Marks the notification of the form's "notificationId" field read. */
  public String markRead() {
    try {
      inbox.markRead(Long.parseLong(parameter("notificationId")));
    } catch (NotFoundException | NumberFormatException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
      return null;
    }
    return "/portal/notifications?faces-redirect=true";
  }
}
