package id.bina.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An estimate of the money value of a class's or course's benefits. */
@Schema(name = "BenefitEstimateInput")
public class BenefitEstimateInput {

  @Schema(description = "Estimated benefits in whole rupiah")
  @NotNull
  @PositiveOrZero
  public Long amount;

  @Schema(description = "How the value was estimated (sources, assumptions, isolation of the training's effect)")
  @NotBlank
  @Size(max = 2000)
  public String basis;
}
