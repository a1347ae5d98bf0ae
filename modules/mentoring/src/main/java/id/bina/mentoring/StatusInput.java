package id.bina.mentoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of an assignment's state by either party or HR. */
@Schema(name = "MentoringStatusInput")
public class StatusInput {

  @Schema(description = "PAUSED, ACTIVE (resume), COMPLETED or ENDED_EARLY")
  @NotNull
  public String status;

  @Schema(description = "Required for ENDED_EARLY")
  @Size(max = 1000)
  public String reason;
}
