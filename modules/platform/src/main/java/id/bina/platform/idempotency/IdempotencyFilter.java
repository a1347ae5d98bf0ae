package id.bina.platform.idempotency;

import id.bina.platform.rest.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes that clients may retry take an {@code Idempotency-Key} header. The first request with a key runs
 * and its response is kept; a replay with the same body gets that response again (with
 * {@code Idempotent-Replayed: true}), the same key with a different body gets 422, and a replay while the
 * first request is still running gets 409. Keys belong to the caller, so nobody replays another's result.
 * A server error releases the key, so the retry runs again.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  public static final String HEADER = "Idempotency-Key";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final List<String> KEPT_HEADERS = List.of("Location", "ETag");
  private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
  private static final String RESPONSE = IdempotencyFilter.class.getName() + ".response";

  @Inject IdempotencyKeys keys;

  private record Claim(String username, String key) {}

  private record Head(int status, String type, String headers) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !WRITES.contains(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
      return;
    }
    if (key.isBlank() || key.length() > 200) {
      request.abortWith(Problems.response(400, "Invalid Idempotency-Key", "The key must be 1 to 200 characters"));
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String username = request.getSecurityContext().getUserPrincipal().getName();
    Optional<IdempotencyKeys.Entry> taken =
        keys.claim(username, key, hash(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), body));
    if (taken.isEmpty()) {
      request.setProperty(CLAIM, new Claim(username, key));
      return;
    }
    IdempotencyKeys.Entry entry = taken.get();
    if (!entry.requestHash().equals(hash(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), body))) {
      request.abortWith(
          Problems.response(422, "Idempotency-Key reused", "This key was already used for a different request"));
    } else if (!entry.done()) {
      request.abortWith(
          Problems.response(409, "Request in progress", "The first request with this key is still running; retry later"));
    } else {
      request.abortWith(replay(entry));
    }
  }

  private static Response replay(IdempotencyKeys.Entry entry) {
    Response.ResponseBuilder response = Response.status(entry.status()).header("Idempotent-Replayed", "true");
    if (entry.body() != null) {
      response.entity(entry.body()).type(entry.type());
    }
    if (entry.headers() != null) {
      for (String line : entry.headers().split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          response.header(line.substring(0, colon), line.substring(colon + 1));
        }
      }
    }
    return response.build();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
      return;
    }
    if (response.getStatus() >= 500) {
      keys.release(claim.username(), claim.key());
      return;
    }
    StringBuilder headers = new StringBuilder();
    for (String name : KEPT_HEADERS) {
      String value = response.getHeaderString(name);
      if (value != null) {
        headers.append(name).append(':').append(value).append('\n');
      }
    }
    MediaType type = response.getMediaType();
    Head head = new Head(response.getStatus(), type == null ? null : type.toString(), headers.toString());
    if (response.hasEntity()) {
      request.setProperty(RESPONSE, head); // the body is stored once written, by aroundWriteTo
    } else {
      keys.complete(claim.username(), claim.key(), head.status(), head.type(), head.headers(), null);
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(CLAIM) instanceof Claim claim) || !(context.getProperty(RESPONSE) instanceof Head head)) {
      context.proceed();
      return;
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    OutputStream original = context.getOutputStream();
    context.setOutputStream(
        new FilterOutputStream(original) {
          @Override
          public void write(int b) throws IOException {
            original.write(b);
            copy.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            original.write(bytes, offset, length);
            copy.write(bytes, offset, length);
          }
        });
    context.proceed();
    keys.complete(claim.username(), claim.key(), head.status(), head.type(), head.headers(), copy.toByteArray());
  }

  private static String hash(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
