package id.bina.portal.web;

import static id.bina.portal.web.MentoringHrPages.longParameter;
import static id.bina.portal.web.MentoringHrPages.sayErrors;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.mentoring.MentoringAssignments;
import id.bina.mentoring.StatusInput;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * Pausing, resuming and ending a mentoring early (with a reason), from HR's follow-up board, the mentor's page
 * of one mentee and the mentee's agreement page. The mentoring module decides who may: HR, mentor or mentee.
 */
@Named("mentoringStatus")
@RequestScoped
public class MentoringStatusForm {

  private static final Set<String> CHANGES = Set.of("PAUSED", "ACTIVE", "ENDED_EARLY");

  @Inject MentoringAssignments assignments;

  /** Applies the form's "status" (and "reason") to the "assignment" at "assignmentVersion"; back to "from". */
  public String change() {
    Long id = longParameter("assignment");
    Long version = longParameter("assignmentVersion");
    String status = parameter("status");
    if (id == null || version == null || status == null || !CHANGES.contains(status)) {
      return null;
    }
    StatusInput input = new StatusInput();
    input.status = status;
    String reason = parameter("reason");
    input.reason = reason == null || reason.isBlank() ? null : reason.trim();
    if (status.equals("ENDED_EARLY") && input.reason == null) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoringStatus.reasonRequired"));
      return null;
    }
    try {
      assignments.changeStatus(id, version, input);
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (StaleVersionException | ConflictException | NotFoundException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    } catch (AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoringStatus.notAllowed"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentoringStatus.done." + status));
    return switch (String.valueOf(parameter("from"))) {
      case "mentor" -> "/portal/mentor/mentee?faces-redirect=true&assignment=" + id;
      case "mentee" -> "/portal/employee/mentoring-agreement?faces-redirect=true&assignment=" + id;
      default -> "/portal/hr/mentoring-follow-up?faces-redirect=true";
    };
  }
}
