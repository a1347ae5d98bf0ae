package id.bina.platform.rest;

import id.bina.platform.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Optimistic concurrency over HTTP: the ETag is the record's version, updates must send it in If-Match. */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version the client last saw, from If-Match. Missing gives 428, so that no client can overwrite a
   * change it has not seen.
   */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", "must be the ETag of the record, as returned by GET");
    }
  }

  /** 428: the update came without If-Match. */
  public static class PreconditionRequired extends jakarta.ws.rs.WebApplicationException {
    public PreconditionRequired() {
      super(
          Problems.response(
              428, "Precondition required", "Send the record's ETag in If-Match, so that no one else's change is overwritten"));
    }
  }
}
