package id.bina.competency.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A position's standard as HR writes it: every entry it should hold (the others are removed). */
@Schema(name = "StandardInput")
public class StandardInput {

  @NotNull
  @Size(max = 500)
  @Valid
  public List<EntryInput> entries;

  /** One required level. */
  @Schema(name = "StandardEntryInput")
  public static class EntryInput {
    @NotNull public Long competencyId;

    @NotNull
    @Min(1)
    @Max(5)
    public Integer requiredLevel;
  }

  /** Copying another position's standard. */
  @Schema(name = "StandardCopyInput")
  public static class CopyInput {
    @NotNull public Long fromPositionId;
  }
}
