package id.bina.competency;

/**
 * Grants read access to an employee's competency profile beyond the employee, their direct supervisor and
 * HR: implemented by other modules (mentoring: the mentor of an active assignment reads the mentee's
 * profile). Competency asks every implementation; one "yes" suffices. Read only: a reader so granted never
 * assesses.
 */
public interface ProfileReaders {

  /** Whether the employee {@code readerEmployeeId} may now read the profile of {@code employeeId}. */
  boolean mayRead(long agencyId, long readerEmployeeId, long employeeId);
}
