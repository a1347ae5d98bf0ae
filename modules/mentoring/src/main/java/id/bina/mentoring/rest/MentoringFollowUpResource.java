package id.bina.mentoring.rest;

import id.bina.mentoring.FollowUpView;
import id.bina.mentoring.GoalOutcome;
import id.bina.mentoring.MentoringFollowUp;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HR's follow-up board (pemantauan pembimbingan). */
@Path("mentoring/follow-up")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring")
@RolesAllowed(Role.Names.HR_MANAGER)
public class MentoringFollowUpResource {

  @Inject MentoringFollowUp followUp;

  @GET
  @Operation(
      summary = "Open assignments, stalled first: sessions held and confirmed against the programme's target so far, overdue"
          + " actions, and the stalled flag (no session for 4 weeks, configurable); stalled=true lists only those")
  public Page<FollowUpView> board(
      @QueryParam("programmeId") Long programmeId,
      @QueryParam("stalled") boolean stalled,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return followUp.board(programmeId, stalled, PageRequest.of(page, size));
  }

  @GET
  @Path("goal-outcomes")
  @Operation(
      summary = "Goals of completed mentorings: target, the mentee's own rating at the start, the final assessment's level,"
          + " and whether the target was reached")
  public Page<GoalOutcome> goalOutcomes(
      @QueryParam("programmeId") Long programmeId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return followUp.goalOutcomes(programmeId, PageRequest.of(page, size));
  }
}
