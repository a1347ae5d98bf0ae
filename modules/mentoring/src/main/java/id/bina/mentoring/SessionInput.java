package id.bina.mentoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session log. Only the assignment, date, duration and mode are required, so a mentor logs one from a
 * phone in a few taps; the rest can follow with PUT.
 */
@Schema(name = "MentoringSessionInput")
public class SessionInput {

  @Schema(description = "Ignored on PUT")
  public Long assignmentId;

  @Schema(description = "The day it took place: not before the assignment started, not in the future")
  public LocalDate date;

  @NotNull public Integer durationMinutes;

  @Schema(description = "IN_PERSON or ONLINE")
  @NotNull
  public String mode;

  @Size(max = 1000)
  public String topics;

  @Size(max = 20)
  public List<@NotNull Long> competencyIds;

  @Schema(description = "Seen by mentor and mentee")
  @Size(max = 10000)
  public String sharedSummary;

  @Schema(description = "Seen by the mentor alone")
  @Size(max = 10000)
  public String privateNotes;

  @Size(max = 20)
  public List<@Valid @NotNull ActionInput> actions;

  @Schema(name = "MentoringActionInput")
  public static class ActionInput {
    @NotBlank @Size(max = 1000) public String text;

    public LocalDate dueOn;

    @Schema(description = "OPEN (default), DONE or DROPPED")
    public String status;
  }
}
