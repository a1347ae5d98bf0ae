package id.bina.training;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/**
 * Enrolment for the portal, with the REST API's rules: the caller requests a seat for themselves (a repeat
 * answers the existing enrolment); the direct supervisor (HR for people without one) approves or rejects;
 * HR confirms where the class asks for it; the person or HR withdraws. Nobody decides their own request, a
 * decision on a version someone else changed fails, and what the caller may not see does not exist.
 */
public interface Enrolments {

  EnrolmentView request(long classId);

  EnrolmentView get(long id);

  /** The caller's enrolments, latest class first; {@code status} null for all. */
  Page<EnrolmentView> mine(EnrolmentStatus status, PageRequest page);

  /** The participants of a class in arrival order (HR managers and the class's trainers); {@code status} null for all. */
  Page<EnrolmentView> ofClass(long classId, EnrolmentStatus status, PageRequest page);

  /** Requests waiting for the caller's decision, oldest first. */
  Page<EnrolmentView> waitingForMe(PageRequest page);

  EnrolmentView approve(long id, long version);

  EnrolmentView reject(long id, long version, String reason);

  EnrolmentView confirm(long id, long version);

  EnrolmentView withdraw(long id, long version);
}
