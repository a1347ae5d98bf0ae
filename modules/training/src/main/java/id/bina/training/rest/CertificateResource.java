package id.bina.training.rest;

import id.bina.platform.Role;
import id.bina.training.CertificateVerification;
import id.bina.training.CertificateView;
import id.bina.training.application.CertificateService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certificates of completed classes: mine, the PDF, and the public verification of a number. */
@Path("certificates")
@ApplicationScoped
@Tag(name = "Training certificates")
public class CertificateResource {

  @Inject CertificateService certificates;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "My certificates, newest first")
  public List<CertificateView> mine() {
    return certificates.mine();
  }

  @GET
  @Path("{number}/verification")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Public: is this certificate number valid; holder's name partly hidden, course, dates, JP")
  public CertificateVerification verify(@PathParam("number") String number) {
    return certificates.verify(number);
  }

  @GET
  @Path("{number}/pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "The certificate as PDF: its holder and the agency's HR managers")
  public Response pdf(@PathParam("number") String number) {
    return Response.ok(certificates.pdf(number))
        .header("Content-Disposition", "attachment; filename=\"sertifikat-" + number.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
        .build();
  }
}
