package id.bina.platform;

/**
 * Roles that follow from another module's records (approval into the mentor pool grants {@link Role#MENTOR})
 * rather than from an administrator's hand. Each grant is recorded with its source, who granted it and when,
 * and written to the audit trail. A source takes back only a role it granted: one the account already held
 * (given by an administrator, or by another source) stays. Both act in the caller's transaction.
 */
public interface AccountRoles {

  /**
   * Grants the role to every login account of the employee in the agency, on behalf of {@code source}.
   *
   * @return how many accounts gained the role (0 when the employee has no account or already held it)
   */
  int grant(long agencyId, long employeeId, Role role, String source);

  /**
   * Takes back what {@code source} granted the employee's accounts; the role goes only where no other grant
   * (by hand or by another source) holds it.
   *
   * @return how many accounts lost the role
   */
  int revoke(long agencyId, long employeeId, Role role, String source);
}
