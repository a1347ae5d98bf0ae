package id.bina.mentoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mentoring agreement: goals and an action plan; a change needs both signatures again. */
@Schema(name = "MentoringAgreementInput")
public class AgreementInput {

  @NotNull
  @Size(max = 10)
  public List<@Valid @NotNull GoalInput> goals;

  @Size(max = 4000)
  public String actionPlan;

  @Schema(name = "MentoringGoalInput")
  public static class GoalInput {
    @NotNull public Long competencyId;

    @NotNull @Min(1) @Max(5) public Integer targetLevel;

    @NotNull public LocalDate dueOn;

    @Schema(description = "The mentee's own rating at the start; only the mentee sets it")
    @Min(1)
    @Max(5)
    public Integer selfLevel;
  }
}
