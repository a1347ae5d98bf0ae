package id.bina.platform.security;

import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one way into Bina. API clients send HTTP Basic credentials with each request (no session is made);
 * the portal's login form authenticates once and keeps the account in the HTTP session.
 */
@ApplicationScoped
public class BinaAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject AccountAuthenticator authenticator;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), request, response, context);
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential form) {
      return portalLogin(form, request, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(AuthenticatedAccount.ATTRIBUTE) instanceof AuthenticatedAccount a) {
      request.setAttribute(AuthenticatedAccount.ATTRIBUTE, a);
      return context.notifyContainerAboutLogin(a.username(), groups(a.roles()));
    }
    // The API answers anonymous callers itself (401 problem+json); only portal pages send them to log in.
    // Payara may report the very first request of an application as protected, so never redirect the API.
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    if (context.isProtected() && !api) {
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    return context.doNothing();
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return failed(request, context, new LoginFailure(401, "The Authorization header is not valid Basic credentials", null));
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return failed(request, context, new LoginFailure(401, "The Authorization header is not valid Basic credentials", null));
    }
    String username = decoded.substring(0, colon);
    AccountAuthenticator.Outcome outcome = authenticator.authenticate(username, decoded.substring(colon + 1));
    if (outcome instanceof AccountAuthenticator.Outcome.Valid valid) {
      request.setAttribute(AuthenticatedAccount.ATTRIBUTE, valid.account());
      return context.notifyContainerAboutLogin(username, groups(valid.account().roles()));
    }
    if (outcome instanceof AccountAuthenticator.Outcome.Throttled throttled) {
      return failed(
          request,
          context,
          new LoginFailure(429, "Too many failed logins for this account; try again later", throttled.retryAfter()));
    }
    return failed(request, context, new LoginFailure(401, "Wrong username or password", null));
  }

  /**
   * Leaves the answer to {@link LoginFailure.Reject}, which writes it as problem+json: a response written
   * here would clash with the one JAX-RS writes for the same request.
   */
  private static AuthenticationStatus failed(
      HttpServletRequest request, HttpMessageContext context, LoginFailure failure) {
    request.setAttribute(LoginFailure.ATTRIBUTE, failure);
    return context.doNothing();
  }

  private AuthenticationStatus portalLogin(
      UsernamePasswordCredential form, HttpServletRequest request, HttpMessageContext context) {
    AccountAuthenticator.Outcome outcome =
        authenticator.authenticate(form.getCaller(), form.getPasswordAsString());
    if (outcome instanceof AccountAuthenticator.Outcome.Valid valid) {
      // A new session id at login, so a session fixed before login is worthless.
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      request.getSession(true).setAttribute(AuthenticatedAccount.ATTRIBUTE, valid.account());
      request.setAttribute(AuthenticatedAccount.ATTRIBUTE, valid.account());
      return context.notifyContainerAboutLogin(valid.account().username(), groups(valid.account().roles()));
    }
    request.setAttribute(
        "bina.loginOutcome", outcome instanceof AccountAuthenticator.Outcome.Throttled ? "throttled" : "invalid");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
