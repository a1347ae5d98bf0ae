package id.bina.mentoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as HR defines it. */
@Schema(name = "MentoringProgrammeInput")
public class ProgrammeInput {

  @NotBlank @Size(max = 200) public String name;

  @Schema(description = "ONBOARDING, LEADERSHIP, TALENT_POOL or OTHER")
  @NotNull
  public String kind;

  @Schema(description = "How long an assignment runs, 1-36 months")
  @NotNull
  public Integer durationMonths;

  @Schema(description = "Sessions a month the programme aims for, 1-20")
  @NotNull
  public Integer targetSessionsPerMonth;

  @Schema(description = "JP one confirmed session counts toward the 20 JP a year (0-99, two decimals)")
  @NotNull
  public BigDecimal jpPerSession;

  @Schema(description = "SAME_UNIT, DIFFERENT_UNIT or ANY: where the mentor may sit relative to the mentee's unit")
  @NotNull
  public String unitRule;
}
