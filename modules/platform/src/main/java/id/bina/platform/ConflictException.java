package id.bina.platform;

/** The request collides with the current state (a duplicate NIP, a used idempotency key): 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
