package id.bina.training;

/** A course is prepared as a draft (seen by HR only), published to the agency, and retired when no longer offered. */
public enum CourseStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
