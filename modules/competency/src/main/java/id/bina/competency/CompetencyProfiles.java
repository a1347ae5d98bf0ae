package id.bina.competency;

/**
 * Competency profiles for other modules and the portal, with the same visibility as the REST API: the
 * employee, their direct supervisor and the agency's HR managers.
 */
public interface CompetencyProfiles {

  /** The profile and gap analysis of an employee the caller may see (404 otherwise). */
  ProfileView profileOf(long employeeId);

  /** Records the caller's self-assessment in a competency of their agency's dictionary. */
  void selfAssess(long competencyId, int level);

  /**
   * Records a SUPERVISOR assessment by the caller: the employee's direct supervisor (holding the SUPERVISOR
   * role), or, for an employee without a direct supervisor, an HR manager in the supervisor's place (as
   * development plans are decided). Nobody assesses themselves. Answers the new assessment's id.
   */
  long assessAsSupervisor(long employeeId, long competencyId, int level, String note);
}
