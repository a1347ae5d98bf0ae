package id.bina.portal.web;

import id.bina.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The menu: only the landing pages of the caller's own roles. */
@Named
@RequestScoped
public class Navigation {

  @Inject SecurityContext security;
  @Inject Caller caller;

  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }

  public List<RolePage> getItems() {
    return isLoggedIn() ? RolePage.allowedFor(caller.roles()) : List.of();
  }
}
