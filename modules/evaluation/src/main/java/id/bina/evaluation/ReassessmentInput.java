package id.bina.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The assessor's levels for every competency of a re-assessment task. */
@Schema(name = "ReassessmentInput")
public class ReassessmentInput {

  @NotNull
  @Size(min = 1, max = 50)
  public List<@Valid @NotNull RatingInput> ratings;

  @Schema(name = "ReassessmentRatingInput")
  public static class RatingInput {
    @NotNull public Long competencyId;

    @Schema(description = "Proficiency level 1 to 5 as the assessor sees it now")
    @NotNull
    @Min(1)
    @Max(5)
    public Integer level;

    @Schema(description = "What the assessor observed; kept with the assessment")
    @Size(max = 1000)
    public String note;
  }
}
