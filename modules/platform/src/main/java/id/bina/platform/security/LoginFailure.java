package id.bina.platform.security;

import id.bina.platform.rest.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/** Credentials were sent but refused: 401 (wrong or malformed) or 429 (throttled), never treated as anonymous. */
record LoginFailure(int status, String detail, Duration retryAfter) {

  static final String ATTRIBUTE = LoginFailure.class.getName();

  /** Answers every API request that carried refused credentials, before any resource is matched. */
  @Provider
  @PreMatching
  @Priority(Priorities.AUTHENTICATION)
  public static class Reject implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext context) {
      // The servlet request's attributes are the context's properties; Jersey's injected request proxy cost
      // 2 % of an enrolment's CPU here, resolving the request on every call.
      if (!(context.getProperty(ATTRIBUTE) instanceof LoginFailure failure)) {
        return;
      }
      if (failure.status() == 401) {
        context.abortWith(Problems.unauthorized(failure.detail()));
        return;
      }
      Response.ResponseBuilder response =
          Response.status(failure.status())
              .type(Problems.MEDIA_TYPE)
              .entity(Problems.json(failure.status(), "Too many failed logins", failure.detail()).toString());
      if (failure.retryAfter() != null) {
        response.header("Retry-After", Math.max(1, failure.retryAfter().toSeconds()));
      }
      context.abortWith(response.build());
    }
  }
}
