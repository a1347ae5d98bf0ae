package id.bina.competency.application;

import id.bina.competency.AssessmentMethod;
import id.bina.platform.NotAfterAgencyToday;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new assessment of one employee in one competency. */
@Schema(name = "AssessmentInput")
public class AssessmentInput {

  @NotNull public Long competencyId;

  @Schema(description = "Proficiency level 1 to 5")
  @NotNull
  @Min(1)
  @Max(5)
  public Integer level;

  @Schema(description = "SELF (the employee only), SUPERVISOR (the direct supervisor), or by HR: MULTI_RATER,"
      + " ASSESSMENT_CENTRE, WRITTEN_TEST, TRAINING_EVIDENCE")
  @NotNull
  public AssessmentMethod method;

  @Schema(description = "Day of the assessment; today when empty")
  @NotAfterAgencyToday
  public LocalDate assessedOn;

  @Size(max = 4000)
  public String evidenceNote;
}
