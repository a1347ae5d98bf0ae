package id.bina.training.rest;

import id.bina.platform.Role;
import id.bina.training.application.AttendanceInput;
import id.bina.training.application.AttendanceService;
import id.bina.training.application.AttendanceSheet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Attendance per session and the post-test of a running class: HR managers and the class's trainers (employees
 * named as trainers on the class). Completing the class (POST classes/{id}/complete) decides each participant.
 */
@Path("class-attendance/{classId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training attendance", description = "Attendance, post-test, completion")
public class AttendanceResource {

  @Inject AttendanceService attendance;

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
}
