package id.bina.mentoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The final assessment: the level reached in each goal of the agreement. */
@Schema(name = "MentoringFinalAssessmentInput")
public class FinalAssessmentInput {

  @NotEmpty public List<@Valid @NotNull Rating> goals;

  @Schema(name = "MentoringGoalRating")
  public static class Rating {
    @NotNull public Long competencyId;

    @NotNull @Min(1) @Max(5) public Integer finalLevel;
  }
}
