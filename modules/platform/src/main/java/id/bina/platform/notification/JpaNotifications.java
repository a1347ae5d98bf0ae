package id.bina.platform.notification;

import id.bina.platform.Notifications;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stores notifications in the caller's transaction (MANDATORY: none outlives a rolled-back change). */
@ApplicationScoped
public class JpaNotifications implements Notifications {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void notify(long agencyId, long recipientEmployeeId, String topic, String subjectType, long subjectId, String text) {
    em.persist(new Notification(agencyId, recipientEmployeeId, topic, subjectType, subjectId, text));
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
