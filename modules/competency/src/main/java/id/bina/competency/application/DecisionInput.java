package id.bina.competency.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on evidence. Classes with public fields, as Payara's OpenAPI scanner needs. */
public final class DecisionInput {

  private DecisionInput() {}

  @Schema(name = "EvidenceAcceptance")
  public static class Acceptance {
    @Schema(description = "The level it counts for, at most the claimed level; the claimed level when empty")
    @Min(1)
    @Max(5)
    public Integer level;

    @Size(max = 2000)
    public String note;
  }

  @Schema(name = "EvidenceRejection")
  public static class Rejection {
    @Schema(description = "Why, so that the employee can act on it")
    @NotBlank
    @Size(max = 2000)
    public String reason;
  }
}
