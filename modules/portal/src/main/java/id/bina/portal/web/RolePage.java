package id.bina.portal.web;

import id.bina.platform.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The landing page of each role. The order is the priority: a caller with several roles lands on the first
 * one they have (an HR manager who is also an employee lands on the HR page). The web fragment's security
 * constraints must list the same pages.
 */
public enum RolePage {
  ADMIN(Role.ADMIN, "/portal/admin.xhtml", "nav.admin"),
  HR_MANAGER(Role.HR_MANAGER, "/portal/hr.xhtml", "nav.hr"),
  SUPERVISOR(Role.SUPERVISOR, "/portal/supervisor.xhtml", "nav.supervisor"),
  MENTOR(Role.MENTOR, "/portal/mentor.xhtml", "nav.mentor"),
  EMPLOYEE(Role.EMPLOYEE, "/portal/employee.xhtml", "nav.employee");

  private final Role role;
  private final String path;
  private final String labelKey;

  RolePage(Role role, String path, String labelKey) {
    this.role = role;
    this.path = path;
    this.labelKey = labelKey;
  }

  public Role getRole() {
    return role;
  }

  /** The view id, usable as a Faces outcome. */
  public String getPath() {
    return path;
  }

  /** The key of the menu label in the messages bundle. */
  public String getLabelKey() {
    return labelKey;
  }

  public static List<RolePage> allowedFor(Set<Role> roles) {
    return Arrays.stream(values()).filter(page -> roles.contains(page.role)).toList();
  }

  /** Where a caller lands after login; empty for an account without any portal role. */
  public static Optional<RolePage> landingFor(Set<Role> roles) {
    return allowedFor(roles).stream().findFirst();
  }
}
