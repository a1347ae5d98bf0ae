package id.bina.mentoring;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer to mentor: by the employee themself, or added by HR for an employee. */
@Schema(name = "MentorInput")
public class MentorInput {

  @Schema(description = "The employee offering to mentor; absent: the caller. Only HR names someone else")
  public Long employeeId;

  @Schema(description = "Competencies offered; each must be held at the minimum level (default 4)")
  @NotEmpty
  @Size(max = 20)
  public List<@NotNull Long> competencyIds;

  @Schema(description = "Mentees at once, 1-20")
  @NotNull
  public Integer maxMentees;

  @Schema(description = "When the mentor is available, free text")
  @Size(max = 500)
  public String availability;
}
