package id.bina.platform.security;

import id.bina.platform.AccountRoles;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Roles granted by a module's records, kept in {@code platform.role_grant} next to the account's roles. The
 * roles themselves change through the {@link UserAccount} entity, so the login check (which reads accounts
 * through the persistence unit's cache) sees the change at once.
 */
@ApplicationScoped
public class JpaAccountRoles implements AccountRoles {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail auditTrail;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public int grant(long agencyId, long employeeId, Role role, String source) {
    int gained = 0;
    for (UserAccount account : accountsOf(agencyId, employeeId)) {
      if (account.getRoles().contains(role)) {
        // Held already: by another source's grant (then this source shares it), or by hand (then it stays theirs).
        if (grants(account, role) > 0) {
          record(account, role, source);
        }
        continue;
      }
      String before = names(account);
      account.addRole(role);
      record(account, role, source);
      em.flush();
      audit(account, before, role, source, "granted");
      gained++;
    }
    return gained;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public int revoke(long agencyId, long employeeId, Role role, String source) {
    int lost = 0;
    for (UserAccount account : accountsOf(agencyId, employeeId)) {
      int deleted =
          em.createNativeQuery("DELETE FROM platform.role_grant WHERE user_id = ?1 AND role = ?2 AND source = ?3")
              .setParameter(1, account.getId())
              .setParameter(2, role.name())
              .setParameter(3, source)
              .executeUpdate();
      if (deleted == 0 || grants(account, role) > 0 || !account.getRoles().contains(role)) {
        continue;
      }
      String before = names(account);
      account.removeRole(role);
      em.flush();
      audit(account, before, role, source, "revoked");
      lost++;
    }
    return lost;
  }

  private List<UserAccount> accountsOf(long agencyId, long employeeId) {
    return em.createQuery(
            "select a from UserAccount a where a.agencyId = :agency and a.employeeId = :employee order by a.id", UserAccount.class)
        .setParameter("agency", agencyId)
        .setParameter("employee", employeeId)
        .getResultList();
  }

  private long grants(UserAccount account, Role role) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM platform.role_grant WHERE user_id = ?1 AND role = ?2")
                .setParameter(1, account.getId())
                .setParameter(2, role.name())
                .getSingleResult())
        .longValue();
  }

  private void record(UserAccount account, Role role, String source) {
    em.createNativeQuery(
            "INSERT INTO platform.role_grant (user_id, role, source, granted_by, granted_at) VALUES (?1, ?2, ?3, ?4, now())"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, account.getId())
        .setParameter(2, role.name())
        .setParameter(3, source)
        .setParameter(4, caller.username())
        .executeUpdate();
  }

  private void audit(UserAccount account, String before, Role role, String source, String what) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("roles", new Object[] {before, names(account)});
    changes.put("role." + role.name(), new Object[] {null, what + " by " + source});
    auditTrail.record(account.getAgencyId(), AccountService.SUBJECT, account.getId(), AuditTrail.Action.UPDATE, changes);
  }

  private static String names(UserAccount account) {
    return new TreeSet<>(account.getRoles()).toString();
  }
}
