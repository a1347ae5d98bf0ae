package id.bina.mentoring.rest;

import id.bina.mentoring.FeedbackAggregate;
import id.bina.mentoring.MentorInput;
import id.bina.mentoring.MentorPool;
import id.bina.mentoring.MentorView;
import id.bina.mentoring.MentoringFollowUp;
import id.bina.mentoring.WithdrawalInput;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.rest.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mentor pool (kelompok mentor): applications, HR's approval and withdrawal, and a mentor's feedback aggregate. */
@Path("mentoring/mentors")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring")
@RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
public class MentorResource {

  @Inject MentorPool pool;

  @Inject MentoringFollowUp followUp;

  @POST
  @Operation(summary = "Offer to mentor (or, HR, add an employee): competencies held at level 4 or more, capacity, availability")
  public Response apply(@Valid @NotNull MentorInput input, @Context UriInfo uri) {
    MentorView created = pool.apply(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "HR: every entry (status APPLIED, APPROVED or WITHDRAWN); others: the approved mentors and their own entry")
  public Page<MentorView> list(
      @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return pool.list(status, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One entry of the pool, with its ETag")
  public Response get(@PathParam("id") long id) {
    return withTag(pool.get(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change what the mentor offers (the mentor or HR); new competencies need approval again; needs If-Match")
  public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MentorInput input) {
    return withTag(pool.update(id, Versions.required(ifMatch), input));
  }

  @POST
  @Path("{id}/approval")
  @Operation(summary = "HR approves the entry into the pool (never their own); levels are checked again; needs If-Match")
  public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return withTag(pool.approve(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(
      summary = "Out of the pool (WITHDRAWN): HR turns an application down or withdraws a mentor, or the mentor withdraws"
          + " themself; body {\"reason\": ...}, the reason optional ({} is enough); mentorings under way go on; needs If-Match")
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull WithdrawalInput input) {
    return withTag(pool.withdraw(id, Versions.required(ifMatch), input.reason));
  }

  @GET
  @Path("{id}/feedback")
  @Operation(summary = "Mentees' feedback on the mentor (HR, or the mentor): averages only from 5 answers on")
  public FeedbackAggregate feedback(@PathParam("id") long id, @QueryParam("programmeId") Long programmeId) {
    return followUp.feedback(id, programmeId);
  }

  private static Response withTag(MentorView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
