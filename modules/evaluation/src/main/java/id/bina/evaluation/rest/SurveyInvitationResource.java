package id.bina.evaluation.rest;

import id.bina.evaluation.ReactionSurveys;
import id.bina.evaluation.SurveyAnswerInput;
import id.bina.evaluation.SurveyInvitationView;
import id.bina.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participant's survey invitations and their anonymous answers. */
@Path("evaluation/survey-invitations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Role.Names.EMPLOYEE)
public class SurveyInvitationResource {

  @Inject ReactionSurveys surveys;

  @GET
  @Operation(summary = "The caller's open surveys (not answered, window open) with their questionnaires, soonest closing first")
  public List<SurveyInvitationView> mine() {
    return surveys.mine();
  }

  @POST
  @Path("{id}/response")
  @Operation(
      summary = "Answers the survey once, anonymously (the answer is stored without the person): answers [{position, score 1-5"
          + " | comment}]; 409 when answered already or closed")
  public Response answer(@PathParam("id") long id, SurveyAnswerInput input) {
    surveys.answer(id, input);
    return Response.noContent().build();
  }
}
