package id.bina.mentoring;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/**
 * Mentor-mentee assignments: HR's direct assignment, a mentee's ranked request, the lifecycle, the agreement
 * and its final assessment, and the mentee's anonymous feedback. Parties are the mentee and the mentor; HR
 * sees every assignment of the agency but not the agreement; anyone else gets 404.
 */
public interface MentoringAssignments {

  AssignmentView assign(AssignmentInput input);

  AssignmentView request(RequestInput input);

  /** HR: the agency's; otherwise those the caller is mentee or (current candidate) mentor of. */
  Page<AssignmentView> list(String status, PageRequest page);

  AssignmentView get(long id);

  AssignmentView accept(long id, long version);

  AssignmentView decline(long id, long version);

  AssignmentView changeStatus(long id, long version, StatusInput input);

  AssignmentView agree(long id, long version, AgreementInput input);

  AssignmentView sign(long id, long version);

  AssignmentView assessFinally(long id, long version, FinalAssessmentInput input);

  /** Stores the mentee's answers without any link to them or to the assignment. */
  void giveFeedback(long id, FeedbackInput input);
}
