package id.bina.portal.web;

import id.bina.platform.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who is logged in, as the page header and the landing pages show it: name, agency and (for civil servants)
 * NIP, unit and position. Read once per request from the platform's directory.
 */
@Named("profile")
@RequestScoped
public class CallerProfile {

  @Inject Directory directory;

  private Directory.Person person;

  // Getters rather than the record itself: Expression Language 5 (Jakarta EE 10) cannot read record components.
  public String getName() {
    return person().name();
  }

  public String getAgency() {
    return person().agency();
  }

  public String getNip() {
    return person().nip();
  }

  public String getUnit() {
    return person().unit();
  }

  public String getPosition() {
    return person().position();
  }

  private Directory.Person person() {
    if (person == null) {
      person = directory.me();
    }
    return person;
  }
}
