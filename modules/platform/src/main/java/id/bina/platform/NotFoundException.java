package id.bina.platform;

/**
 * The thing does not exist or the caller may not see it: both answer 404, so that another agency's
 * records cannot even be shown to exist.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
