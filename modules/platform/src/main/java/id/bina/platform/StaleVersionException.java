package id.bina.platform;

/** The client's If-Match names a version someone else has already changed: 412, nothing overwritten. */
public class StaleVersionException extends RuntimeException {

  public StaleVersionException(String what, Object id) {
    super(what + " " + id + " was changed by someone else in the meantime; reload it and try again");
  }
}
