package id.bina.platform;

/**
 * The in-app inbox: tells a person that something waits for them (evidence to review, a request to
 * approve). A notification is written in the caller's transaction, so a rolled-back change notifies nobody.
 * Texts are short, in Bahasa Indonesia, and say what to do; {@code subjectType}/{@code subjectId} let the
 * client open the thing itself.
 */
public interface Notifications {

  /**
   * Notifies one employee of the agency.
   *
   * @param topic what happened, a stable code clients may group or filter by (for example {@code EVIDENCE_SUBMITTED})
   */
  void notify(long agencyId, long recipientEmployeeId, String topic, String subjectType, long subjectId, String text);

  /**
   * Notifies every employee of the agency whose enabled account holds {@code role} (for example all HR
   * managers), except {@code exceptEmployeeId} when given.
   *
   * @return how many were notified
   */
  int notifyRole(
      long agencyId, Role role, Long exceptEmployeeId, String topic, String subjectType, long subjectId, String text);
}
