package id.bina.competency.rest;

import id.bina.competency.application.DecisionInput;
import id.bina.competency.application.EvidenceInput;
import id.bina.competency.application.EvidenceService;
import id.bina.competency.application.EvidenceView;
import id.bina.competency.domain.EvidenceStatus;
import id.bina.platform.InvalidInputException;
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
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Competency evidence (bukti kompetensi): employees submit it, their direct supervisor or HR reviews it.
 * Evidence belongs to a civil servant, so accounts without an employee record (administrators) have no
 * access. The file is sent apart from the record, as raw bytes (no multipart), and checked by content.
 */
@Path("competency-evidence")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competency evidence", description = "Bukti kompetensi: submitted by employees, reviewed by supervisors and HR")
@RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
public class CompetencyEvidenceResource {

  @Inject EvidenceService evidence;

  @POST
  @Operation(summary = "Submit evidence for a competency; the direct supervisor (or, without one, HR) is notified")
  public Response submit(@Valid @NotNull EvidenceInput input, @Context UriInfo uri) {
    EvidenceView created = evidence.submit(input);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Versions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "My evidence, newest first; ?reviewable=true: what waits for my review, oldest first")
  public Page<EvidenceView> list(
      @QueryParam("reviewable") boolean reviewable,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return evidence.list(reviewable, status(status), PageRequest.of(page, size));
  }

  /** Read by hand: JAX-RS would answer an unknown value with 404, not with a clear 400. */
  private static EvidenceStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return EvidenceStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "must be one of " + Arrays.toString(EvidenceStatus.values()));
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One piece of evidence, with its ETag")
  public Response get(@PathParam("id") long id) {
    return withTag(evidence.get(id));
  }

  @PUT
  @Path("{id}/file")
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Attach the file (PDF, JPEG or PNG, checked by content; at most 5 MiB by default) while it waits; needs If-Match")
  public Response attach(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InputStream body) {
    return withTag(evidence.attachFile(id, Versions.required(ifMatch), body));
  }

  @GET
  @Path("{id}/file")
  @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @Operation(summary = "The attached file")
  public Response file(@PathParam("id") long id) {
    EvidenceView.Content file = evidence.file(id);
    return Response.ok(file.bytes(), file.contentType())
        .header("Content-Disposition", "attachment; filename=\"bukti-" + id + extension(file.contentType()) + "\"")
        .build();
  }

  private static String extension(String contentType) {
    return switch (contentType) {
      case "application/pdf" -> ".pdf";
      case "image/png" -> ".png";
      default -> ".jpg";
    };
  }

  @POST
  @Path("{id}/review")
  @Operation(summary = "Take it into review (direct supervisor or HR, never the submitter); needs If-Match")
  public Response review(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return withTag(evidence.takeIntoReview(id, Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/acceptance")
  @Operation(summary = "Accept it at the claimed level or lower; it enters the profile as TRAINING_EVIDENCE; needs If-Match")
  public Response accept(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid DecisionInput.Acceptance input) {
    return withTag(evidence.accept(id, Versions.required(ifMatch), input));
  }

  @POST
  @Path("{id}/rejection")
  @Operation(summary = "Reject it with a reason the submitter is told; needs If-Match")
  public Response reject(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid DecisionInput.Rejection input) {
    return withTag(evidence.reject(id, Versions.required(ifMatch), input));
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(summary = "Withdraw it while it waits (the submitter only); needs If-Match")
  public Response withdraw(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    return withTag(evidence.withdraw(id, Versions.required(ifMatch)));
  }

  private static Response withTag(EvidenceView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
