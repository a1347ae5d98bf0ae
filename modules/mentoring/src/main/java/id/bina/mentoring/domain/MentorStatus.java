package id.bina.mentoring.domain;

/** A pool entry waits for HR's approval, then counts as a mentor. */
public enum MentorStatus {
  APPLIED,
  APPROVED
}
