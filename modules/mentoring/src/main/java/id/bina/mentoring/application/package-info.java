/**
 * Mentoring's use cases, scoped to the caller's agency: programmes, the mentor pool and matching,
 * assignments, session logs, follow-up; and the grant of profile access to the mentor of an active assignment.
 */
package id.bina.mentoring.application;
