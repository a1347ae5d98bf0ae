package id.bina.training.rest;

import id.bina.platform.Role;
import id.bina.training.application.AttendanceInput;
import id.bina.training.application.AttendanceService;
import id.bina.training.application.AttendanceSheet;
import id.bina.training.application.TestScoreImport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Attendance per session and the pre- and post-test of a running class: HR managers and the class's trainers (employees
 * named as trainers on the class). Completing the class (POST classes/{id}/complete) decides each participant.
 */
@Path("class-attendance/{classId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training attendance", description = "Attendance, pre- and post-test, completion")
public class AttendanceResource {

  @Inject AttendanceService attendance;

  @Inject TestScoreImport scores;

  @GET
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "The attendance sheet: confirmed participants, sessions attended, post-test scores")
  public AttendanceSheet sheet(@PathParam("classId") long classId) {
    return attendance.sheet(classId);
  }

  @PUT
  @Path("sessions/{seq}")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Who was present at a session (0 = the first); the others are absent")
  public AttendanceSheet session(
      @PathParam("classId") long classId, @PathParam("seq") int seq, AttendanceInput.Session input) {
    return attendance.recordSession(classId, seq, input);
  }

  @PUT
  @Path("post-test")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Post-test scores (0-100) of participants")
  public AttendanceSheet postTest(@PathParam("classId") long classId, AttendanceInput.PostTest input) {
    return attendance.recordPostTest(classId, input);
  }

  @PUT
  @Path("pre-test")
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(summary = "Pre-test scores (0-100) of participants, for the learning gain (Kirkpatrick level 2)")
  public AttendanceSheet preTest(@PathParam("classId") long classId, AttendanceInput.PreTest input) {
    return attendance.recordPreTest(classId, input);
  }

  @POST
  @Path("test-scores/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.Names.HR_MANAGER, Role.Names.SUPERVISOR, Role.Names.EMPLOYEE, Role.Names.MENTOR})
  @Operation(
      summary = "Import pre- and post-test scores from an e-learning system's CSV nip,pre_test,post_test (an empty cell"
          + " leaves that score): all or nothing, errors by row")
  public TestScoreImport.Result importScores(@PathParam("classId") long classId, InputStream csv) {
    return scores.importCsv(classId, csv);
  }
}
