package id.bina.evaluation.rest;

import id.bina.evaluation.QuestionnaireInput;
import id.bina.evaluation.QuestionnaireView;
import id.bina.evaluation.Questionnaires;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Level-1 questionnaires (kuesioner evaluasi reaksi), built by the agency's HR managers. */
@Path("evaluation/questionnaires")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Role.Names.HR_MANAGER)
public class QuestionnaireResource {

  @Inject Questionnaires questionnaires;

  @GET
  @Operation(summary = "The standard questionnaires and the agency's own; active: used for new surveys of its kind")
  public List<QuestionnaireView> list() {
    return questionnaires.list();
  }

  @POST
  @Operation(
      summary = "A new questionnaire: title, kind REACTION|FOLLOW_UP, items in the order asked (section, text, kind LIKERT|TEXT,"
          + " required); not used until activated")
  public Response create(QuestionnaireInput input) {
    QuestionnaireView view = questionnaires.create(input);
    return Response.created(URI.create("evaluation/questionnaires/" + view.id())).entity(view).tag(Versions.etag(view.version())).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One questionnaire with its items and ETag")
  public Response get(@PathParam("id") long id) {
    QuestionnaireView view = questionnaires.get(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replaces title and items (If-Match); 409 once a survey used it (frozen) or for a standard one")
  public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, QuestionnaireInput input) {
    QuestionnaireView view = questionnaires.update(id, Versions.required(ifMatch), input);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/activation")
  @Operation(summary = "Uses this questionnaire for the agency's new surveys of its kind (a standard one: back to the standard)")
  public Response activate(@PathParam("id") long id) {
    QuestionnaireView view = questionnaires.activate(id);
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
