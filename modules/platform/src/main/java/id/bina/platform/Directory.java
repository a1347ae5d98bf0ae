package id.bina.platform;

/**
 * Read-only facts about the caller's agency and the caller as a person, for other modules and the portal.
 * Everything is scoped to the caller's agency.
 */
public interface Directory {

  /** The caller as the portal shows them; NIP, unit and position are null for an account without an employee. */
  record Person(String name, String agency, String nip, String unit, String position) {}

  Person me();

  /** The caller's agency's time zone (WIB, WITA or WIT): how times are shown to its people. */
  java.time.ZoneId zone();

  /** Active employees of the caller's agency. */
  long activeEmployees();

  /** Login accounts of the caller's agency. */
  long accounts();

  /** Active employees in the caller's unit and the units below it, not counting the caller. */
  long teamMembers();
}
