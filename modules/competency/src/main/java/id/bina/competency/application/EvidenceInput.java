package id.bina.competency.application;

import id.bina.competency.domain.EvidenceKind;
import id.bina.platform.NotAfterAgencyToday;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence the caller submits for one competency; a file is attached afterwards with PUT .../file. */
@Schema(name = "EvidenceInput")
public class EvidenceInput {

  @NotNull public Long competencyId;

  @Schema(description = "CERTIFICATE, DECREE, E_LEARNING_COMPLETION, MENTORING_RECORD or OTHER (TRAINING_COMPLETION is recorded by the training module only)")
  @NotNull
  public EvidenceKind kind;

  @Schema(description = "For example the certificate's title")
  @NotBlank
  @Size(max = 300)
  public String title;

  @Schema(description = "Day the certificate or decree was issued; the accepted level counts from this day")
  @NotNull
  @NotAfterAgencyToday
  public LocalDate issuedOn;

  @Schema(description = "Who issued it (a training institute, an agency)")
  @Size(max = 300)
  public String issuer;

  @Schema(description = "The level 1 to 5 the employee claims this evidence shows")
  @NotNull
  @Min(1)
  @Max(5)
  public Integer claimedLevel;

  @Size(max = 4000)
  public String note;
}
