package id.bina.mentoring;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** HR assigns a mentor from the pool to a mentee: active at once. */
@Schema(name = "MentoringAssignmentInput")
public class AssignmentInput {

  @NotNull public Long programmeId;

  @NotNull public Long menteeId;

  @Schema(description = "The mentor's pool entry id")
  @NotNull
  public Long mentorId;

  @Schema(description = "Start date, today when absent; may lie in the past for a mentoring already under way")
  public LocalDate startsOn;
}
