package id.bina.evaluation;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/**
 * Re-assessment tasks of Kirkpatrick level 3, for the REST API and the portal. The assessor sees and completes
 * their own tasks; HR managers see every task of the agency and complete those without an assessor. Follow-ups
 * that fell due are turned into tasks before any list is read, so nobody waits for the hourly run.
 */
public interface ReassessmentTasks {

  /** The caller's tasks: those assigned to them and, for an HR manager, those without an assessor. */
  Page<ReassessmentTaskView> mine(String status, PageRequest page);

  /** Every task of the agency, oldest follow-up first (HR only); {@code overdueOnly}: open past the deadline. */
  Page<ReassessmentTaskView> ofAgency(String status, boolean overdueOnly, Long classId, PageRequest page);

  ReassessmentTaskView get(long id);

  /**
   * Rates every competency of the task: each level becomes a SUPERVISOR assessment in the participant's
   * competency profile, and the task keeps it as the level after. {@code version} is the one the client read.
   */
  ReassessmentTaskView complete(long id, long version, ReassessmentInput input);
}
