package id.bina.training.application;

/** A request for a seat in a class. */
public class EnrolmentInput {
  public Long classId;
}
