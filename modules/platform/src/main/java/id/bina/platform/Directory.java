package id.bina.platform;

/**
 * Read-only facts about the caller's agency and the caller as a person, for other modules and the portal.
 * Everything is scoped to the caller's agency.
 */
public interface Directory {

  /** The caller as the portal shows them; NIP, unit and position are null for an account without an employee. */
  record Person(String name, String agency, String nip, String unit, String position) {}

  Person me();

  /** An employee of the caller's agency as other modules need it: where they sit and who leads them. */
  /** {@code rankGrade} is the golongan/ruang (e.g. III/a), null when not recorded. */
  record EmployeeInfo(long id, String name, long unitId, Long positionId, Long supervisorId, String rankGrade) {}

  /** The employee, if they belong to the caller's agency (whatever the caller's role: callers check that). */
  java.util.Optional<EmployeeInfo> employee(long employeeId);

  /** An employee as a picker lists them. */
  record EmployeeSummary(long id, String nip, String name, String unit, String position) {}

  /**
   * Active employees of the caller's agency whose name contains {@code query} (or, for digits, whose NIP
   * starts with it), by name; at most {@code limit} (up to 50). For pickers: callers check who may search.
   */
  java.util.List<EmployeeSummary> find(String query, int limit);

  /** A position (jabatan) of the caller's agency: its class and, for functional positions, its grade. */
  record PositionInfo(long id, String code, String name, String positionClass, String functionalGrade) {}

  /** The position, if it belongs to the caller's agency. */
  java.util.Optional<PositionInfo> position(long positionId);

  /** Positions of the caller's agency whose code or name contains {@code query}, by code; at most {@code limit}. */
  java.util.List<PositionInfo> positions(String query, int limit);

  /** Positions of the caller's agency by code, for imports; codes that are not found are left out. */
  java.util.Map<String, PositionInfo> positionsByCode(java.util.Collection<String> codes);

  /** The caller's agency's time zone (WIB, WITA or WIT): how times are shown to its people. */
  java.time.ZoneId zone();

  /** Active employees of the caller's agency. */
  long activeEmployees();

  /** Login accounts of the caller's agency. */
  long accounts();

  /** Active employees in the caller's unit and the units below it, not counting the caller. */
  long teamMembers();
}
