package id.bina.platform.security;

import id.bina.platform.Caller;
import id.bina.platform.Role;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/** What the login established about the caller; kept on the request (API) or the session (portal). */
public record AuthenticatedAccount(String username, long agencyId, Long employee, Set<Role> roles)
    implements Caller, Serializable {

  static final String ATTRIBUTE = AuthenticatedAccount.class.getName();

  @Override
  public Optional<Long> employeeId() {
    return Optional.ofNullable(employee);
  }
}
