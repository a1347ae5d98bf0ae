package id.bina.platform.notification;

import id.bina.platform.Notifications;
import id.bina.platform.Outbox;
import id.bina.platform.Role;
import id.bina.platform.organisation.domain.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Stores notifications in the caller's transaction (MANDATORY: none outlives a rolled-back change). When an
 * SMTP server is configured and the recipient has an e-mail address, the notification also asks the outbox
 * for an e-mail copy, which {@link NotificationMailer} sends after commit.
 */
@ApplicationScoped
public class JpaNotifications implements Notifications {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Outbox outbox;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void notify(long agencyId, long recipientEmployeeId, String topic, String subjectType, long subjectId, String text) {
    Notification notification = new Notification(agencyId, recipientEmployeeId, topic, subjectType, subjectId, text);
    boolean mail = MailSettings.current().isPresent() && hasAddress(recipientEmployeeId);
    if (mail) {
      notification.requestMail();
    }
    em.persist(notification);
    if (mail) {
      if (notification.getId() == null) {
        em.flush();
      }
      outbox.publish(agencyId, new NotificationMail(notification.getId()));
    }
  }

  private boolean hasAddress(long employeeId) {
    Employee recipient = em.find(Employee.class, employeeId);
    return recipient != null && recipient.getEmail() != null && !recipient.getEmail().isBlank();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public int notifyRole(
      long agencyId, Role role, Long exceptEmployeeId, String topic, String subjectType, long subjectId, String text) {
    List<Long> recipients =
        em.createQuery(
                "select distinct a.employeeId from UserAccount a join a.roles r"
                    + " where a.agencyId = :agency and r = :role and a.enabled = true and a.employeeId is not null",
                Long.class)
            .setParameter("agency", agencyId)
            .setParameter("role", role)
            .getResultList();
    int notified = 0;
    for (Long recipient : recipients) {
      if (!recipient.equals(exceptEmployeeId)) {
        notify(agencyId, recipient, topic, subjectType, subjectId, text);
        notified++;
      }
    }
    return notified;
  }
}
