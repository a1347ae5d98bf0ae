package id.bina.evaluation.rest;

import id.bina.evaluation.MentoringEffectiveness;
import id.bina.evaluation.MentoringEffectivenessView;
import id.bina.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HR's mentoring effectiveness per programme (efektivitas pembimbingan). */
@Path("evaluation/mentoring-effectiveness")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Role.Names.HR_MANAGER)
public class MentoringEffectivenessResource {

  @Inject MentoringEffectiveness effectiveness;

  @GET
  @Operation(
      summary = "Per programme (programmeId: one): goals reached (Wilson interval), sessions held against planned, mentee"
          + " feedback (from 5 answers), and mentees' change in goal competencies against comparable people never mentored"
          + " (same kind of position, competency and period; difference with Welch's interval); groups under 5 suppressed")
  public List<MentoringEffectivenessView> report(@QueryParam("programmeId") String programmeId) {
    return effectiveness.report(BehaviourParams.id(programmeId, "programmeId"));
  }
}
