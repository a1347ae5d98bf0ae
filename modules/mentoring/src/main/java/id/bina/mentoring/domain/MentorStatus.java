package id.bina.mentoring.domain;

/**
 * A pool entry waits for HR's approval, then counts as a mentor. WITHDRAWN: out of the pool, an application
 * HR turned down or taken back, or an approved mentor withdrawn by HR or by themself; a new offer makes it
 * APPLIED again.
 */
public enum MentorStatus {
  APPLIED,
  APPROVED,
  WITHDRAWN
}
