/** Use cases of the training catalog, scoped to the caller's agency: courses, classes, search, recommendations,
 * enrolment with seats and waitlist, attendance and completion, the JP ledger, certificates. */
package id.bina.training.application;
