package id.bina.training.application;

/** A class's new number of seats. */
public class CapacityInput {
  public Integer capacity;
}
