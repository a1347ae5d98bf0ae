package id.bina.mentoring;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mentee asks for a mentor: up to three pool entries, most wanted first. */
@Schema(name = "MentoringRequestInput")
public class RequestInput {

  @NotNull public Long programmeId;

  @Schema(description = "1 to 3 mentor pool ids in order of preference")
  @NotEmpty
  @Size(max = 3)
  public List<@NotNull Long> mentorIds;
}
