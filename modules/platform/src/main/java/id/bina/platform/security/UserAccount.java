package id.bina.platform.security;

import id.bina.platform.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A login account of one agency, with a PBKDF2 password hash and its roles. */
@Entity
@Table(name = "user_account", schema = "platform")
public class UserAccount {

  @Id
  @SequenceGenerator(name = "user_account_seq", sequenceName = "platform.user_account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "employee_id")
  private Long employeeId;

  @Column(nullable = false)
  private boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", schema = "platform", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(long agencyId, String username, String passwordHash, Long employeeId, Set<Role> roles) {
    this.agencyId = agencyId;
    this.username = username;
    this.passwordHash = passwordHash;
    this.employeeId = employeeId;
    this.roles = new HashSet<>(roles);
  }

  /** Replaces roles, enabled flag and, when given, the password hash; returns what changed for the audit trail. */
  public java.util.Map<String, Object[]> change(Set<Role> newRoles, boolean newEnabled, String newPasswordHash) {
    java.util.Map<String, Object[]> changes = new java.util.LinkedHashMap<>();
    Set<Role> before = getRoles();
    if (!before.equals(EnumSet.copyOf(newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : newRoles))) {
      changes.put("roles", new Object[] {before.toString(), new java.util.TreeSet<>(newRoles).toString()});
      roles.clear();
      roles.addAll(newRoles);
    }
    if (enabled != newEnabled) {
      changes.put("enabled", new Object[] {enabled, newEnabled});
      enabled = newEnabled;
    }
    if (newPasswordHash != null) {
      changes.put("password", new Object[] {"(set)", "(changed)"});
      passwordHash = newPasswordHash;
    }
    return changes;
  }

  /** Adds one role; false when the account already held it. */
  public boolean addRole(Role role) {
    return roles.add(role);
  }

  /** Removes one role; false when the account did not hold it. */
  public boolean removeRole(Role role) {
    return roles.remove(role);
  }

  public long getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
