package id.bina.platform;

/** What a user may do in Bina. One person may hold several roles. */
public enum Role {
  /** Administers the agency's accounts and organisation. */
  ADMIN,
  /** Plans training for the agency; sees every employee of the agency. */
  HR_MANAGER,
  /** Approves requests and assesses the people of their unit. */
  SUPERVISOR,
  /** A civil servant (ASN) following their own development. */
  EMPLOYEE,
  /** Coaches mentees and logs sessions. */
  MENTOR;

  /** Role names as used in {@code @RolesAllowed}: constants so annotations can use them. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String HR_MANAGER = "HR_MANAGER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String MENTOR = "MENTOR";

    private Names() {}
  }
}
