package id.bina.portal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The caller's language for this session: Bahasa Indonesia unless they switch to English. */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private Locale locale = INDONESIAN;

  public Locale getLocale() {
    return locale;
  }

  /** The language code, for the page's lang attribute and to mark the active choice. */
  public String getCode() {
    return locale.getLanguage();
  }

  /** Switches and shows the same page again (POST-redirect-GET, so a reload does not resubmit). */
  public String switchTo(String code) {
    locale = "en".equals(code) ? Locale.ENGLISH : INDONESIAN;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
