package id.bina.platform;

/** The caller is known but their role does not allow this action on this object: 403. */
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
