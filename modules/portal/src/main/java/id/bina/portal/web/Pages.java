package id.bina.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** What every page bean needs of the current Faces request: its texts, its parameters, its messages. */
final class Pages {

  private Pages() {}

  static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  /** The portal's texts in the caller's language (bundle "msg"). */
  static ResourceBundle msg() {
    return faces().getApplication().getResourceBundle(faces(), "msg");
  }

  /** A request parameter, trimmed; null when absent or blank. */
  static String parameter(String name) {
    String value = faces().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  static void say(FacesMessage.Severity severity, String text) {
    faces().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** Keeps this request's messages for the page a redirect leads to. */
  static void keepMessages() {
    faces().getExternalContext().getFlash().setKeepMessages(true);
  }
}
