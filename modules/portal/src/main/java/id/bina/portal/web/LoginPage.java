package id.bina.portal.web;

import id.bina.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ResourceBundle;

/**
 * The login form. The platform's authentication mechanism checks the password, throttles guessing and
 * keeps the account in a new session; this page only hands it the credentials and shows the outcome.
 */
@Named("login")
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;
  @Inject Caller caller;
  @Inject FacesContext faces;

  private String username;
  private String password;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** A caller who is already logged in skips the form. */
  public String redirectIfLoggedIn() {
    return security.getCallerPrincipal() == null ? null : landing();
  }

  public String submit() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(orEmpty(username).trim(), orEmpty(password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      return landing();
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    String key = "throttled".equals(request.getAttribute("bina.loginOutcome")) ? "login.throttled" : "login.invalid";
    error(key);
    return null;
  }

  private String landing() {
    return RolePage.landingFor(caller.roles())
        .map(page -> page.getPath() + "?faces-redirect=true")
        .orElseGet(
            () -> {
              error("login.noPortalRole");
              return null;
            });
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private void error(String key) {
    ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString(key), null));
  }
}
