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
}
