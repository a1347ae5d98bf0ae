package id.bina.portal.web;

import id.bina.platform.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The few numbers the landing pages show until their real content arrives, each one count in the
 * database, scoped to the caller's agency (and for a supervisor to their own unit and the units below it).
 */
@Named("figures")
@RequestScoped
public class AgencyFigures {

  @Inject Directory directory;

  public long getActiveEmployees() {
    return directory.activeEmployees();
  }

  public long getAccounts() {
    return directory.accounts();
  }

  public long getTeamMembers() {
    return directory.teamMembers();
  }
}
