package id.bina.platform;

import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request: every query is scoped by {@link #agencyId()}, so that one agency
 * never sees another agency's people.
 */
public interface Caller {

  String username();

  long agencyId();

  /** The employee record of this account, if it belongs to a civil servant. */
  Optional<Long> employeeId();

  Set<Role> roles();

  default boolean hasRole(Role role) {
    return roles().contains(role);
  }

  default boolean hasAnyRole(Role... any) {
    for (Role role : any) {
      if (hasRole(role)) {
        return true;
      }
    }
    return false;
  }
}
