package id.bina.mentoring.domain;

public enum ActionStatus {
  OPEN,
  DONE,
  DROPPED
}
