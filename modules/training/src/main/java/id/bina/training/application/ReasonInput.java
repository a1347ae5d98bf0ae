package id.bina.training.application;

/** Why a request is rejected; the person is told. */
public class ReasonInput {
  public String reason;
}
