package id.bina.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Logging out is a POST (a Faces form, so a forged link cannot log anyone out) that ends the session. */
@Named
@RequestScoped
public class Logout {

  @Inject FacesContext faces;

  public String submit() throws ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login.xhtml?faces-redirect=true";
  }
}
