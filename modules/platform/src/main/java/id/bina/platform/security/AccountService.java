package id.bina.platform.security;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import id.bina.platform.organisation.domain.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Login accounts of the caller's agency, managed by its administrators. Nobody changes their own roles or
 * disables themselves, so no administrator can widen or lock their own access.
 */
@ApplicationScoped
public class AccountService {

  static final String SUBJECT = "UserAccount";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject PasswordHashing passwords;

  @Inject AuditTrail auditTrail;

  /** A new account. */
  public static class NewAccount {
    @Schema(description = "Login name, unique across Bina")
    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "^[a-zA-Z0-9._@-]+$", message = "may hold letters, digits and . _ @ - only")
    public String username;

    @Schema(description = "At least 12 characters")
    @NotBlank
    @Size(min = 12, max = 200)
    public String password;

    @Schema(description = "The employee this account belongs to; empty for a pure administrator account")
    public Long employeeId;

    @Schema(description = "Roles: ADMIN, HR_MANAGER, SUPERVISOR, EMPLOYEE, MENTOR")
    @NotNull
    public Set<Role> roles;
  }

  /** Changes to an account; a password only when it is to be reset. */
  public static class AccountChange {
    @NotNull public Set<Role> roles;

    @NotNull public Boolean enabled;

    @Schema(description = "A new password (at least 12 characters), or empty to keep the current one")
    @Size(min = 12, max = 200)
    public String password;
  }

  public record AccountView(long id, String username, Long employeeId, Set<Role> roles, boolean enabled, long version) {}

  @Transactional
  public Page<AccountView> list(PageRequest page) {
    long total =
        em.createQuery("select count(a) from UserAccount a where a.agencyId = :agency", Long.class)
            .setParameter("agency", caller.agencyId())
            .getSingleResult();
    var items =
        em.createQuery("select a from UserAccount a where a.agencyId = :agency order by a.username", UserAccount.class)
            .setParameter("agency", caller.agencyId())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList().stream()
            .map(AccountService::view)
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Transactional
  public AccountView get(long id) {
    return view(visible(id));
  }

  @Transactional
  public AccountView create(NewAccount input) {
    if (input.employeeId != null) {
      Employee employee = em.find(Employee.class, input.employeeId);
      if (employee == null || employee.getAgencyId() != caller.agencyId()) {
        throw new InvalidInputException("employeeId", "no such employee in your agency");
      }
    }
    boolean taken =
        !em.createQuery("select a.id from UserAccount a where lower(a.username) = lower(:u)", Long.class)
            .setParameter("u", input.username)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ConflictException("The username " + input.username + " is taken");
    }
    UserAccount account =
        new UserAccount(caller.agencyId(), input.username, passwords.hash(input.password), input.employeeId, roles(input.roles));
    em.persist(account);
    em.flush();
    auditTrail.record(
        caller.agencyId(),
        SUBJECT,
        account.getId(),
        AuditTrail.Action.CREATE,
        Map.of("username", new Object[] {null, account.getUsername()}, "roles", new Object[] {null, account.getRoles().toString()}));
    return view(account);
  }

  @Transactional
  public AccountView change(long id, long version, AccountChange input) {
    UserAccount account = visible(id);
    if (account.getUsername().equals(caller.username())
        && (!roles(input.roles).equals(account.getRoles()) || !input.enabled)) {
      throw new AccessDeniedException("Nobody changes their own roles or disables their own account");
    }
    if (account.getVersion() != version) {
      throw new StaleVersionException("Account", id);
    }
    Set<Role> before = account.getRoles();
    Map<String, Object[]> changes =
        account.change(roles(input.roles), input.enabled, input.password == null ? null : passwords.hash(input.password));
    // A role taken away by hand forgets its grants, so giving it back by hand later is not mistaken for one.
    before.removeAll(account.getRoles());
    for (Role removed : before) {
      em.createNativeQuery("DELETE FROM platform.role_grant WHERE user_id = ?1 AND role = ?2")
          .setParameter(1, id)
          .setParameter(2, removed.name())
          .executeUpdate();
    }
    if (!changes.isEmpty()) {
      em.flush();
      auditTrail.record(caller.agencyId(), SUBJECT, id, AuditTrail.Action.UPDATE, changes);
    }
    return view(account);
  }

  private UserAccount visible(long id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null || account.getAgencyId() != caller.agencyId()) {
      throw new NotFoundException("Account", id);
    }
    return account;
  }

  private static Set<Role> roles(Set<Role> roles) {
    return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  private static AccountView view(UserAccount a) {
    return new AccountView(a.getId(), a.getUsername(), a.getEmployeeId(), a.getRoles(), a.isEnabled(), a.getVersion());
  }
}
