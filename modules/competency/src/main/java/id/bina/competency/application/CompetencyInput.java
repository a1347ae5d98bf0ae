package id.bina.competency.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A technical competency as a client sends it: on creation with its code; on edit without (the code stays).
 * Classes with public fields, as Payara's OpenAPI scanner needs.
 */
@Schema(name = "CompetencyInput")
public class CompetencyInput {

  @Schema(description = "Code, unique in the agency (creation only), for example T.KEU.01")
  @Size(max = 32)
  @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "may hold letters, digits and . _ - only")
  public String code;

  @Schema(description = "Name in Bahasa Indonesia")
  @NotBlank
  @Size(max = 200)
  public String nameId;

  @Schema(description = "Name in English (optional)")
  @Size(max = 200)
  public String nameEn;

  @Schema(description = "Definition in Bahasa Indonesia")
  @NotBlank
  @Size(max = 4000)
  public String definitionId;

  @Size(max = 4000)
  public String definitionEn;

  @Schema(description = "Exactly five levels, 1 to 5")
  @NotNull
  @Size(min = 5, max = 5, message = "must describe exactly the five levels 1 to 5")
  @Valid
  public List<LevelInput> levels;

  /** One proficiency level. */
  @Schema(name = "ProficiencyLevelInput")
  public static class LevelInput {
    @NotNull
    @Min(1)
    @Max(5)
    public Integer level;

    @Schema(description = "What the level means, in Bahasa Indonesia")
    @NotBlank
    @Size(max = 4000)
    public String descriptionId;

    @Size(max = 4000)
    public String descriptionEn;

    @Schema(description = "Behavioural indicators (PermenPAN-RB 38/2017 gives three a level)")
    @Size(max = 10)
    public List<@NotBlank @Size(max = 1000) String> indicators;
  }
}
