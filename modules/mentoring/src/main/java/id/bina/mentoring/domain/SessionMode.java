package id.bina.mentoring.domain;

public enum SessionMode {
  IN_PERSON,
  ONLINE
}
