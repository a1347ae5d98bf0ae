package id.bina.platform.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or update an employee. A class with public fields rather than a record:
 * Payara's OpenAPI scanner fails on Bean Validation annotations of record components.
 */
@Schema(name = "EmployeeInput")
public class EmployeeInput {

  @Schema(description = "NIP, 18 digits: birth date, appointment month, gender, sequence")
  @NotBlank
  @ValidNip
  public String nip;

  @Schema(description = "Full name")
  @NotBlank
  @Size(max = 200)
  public String name;

  @Schema(description = "Rank (golongan/ruang), for example III/a")
  @Pattern(regexp = "^(I|II|III|IV)/[a-e]$", message = "must be a golongan such as III/a")
  public String rankGrade;

  @Schema(description = "Unit (unit kerja) of the caller's agency")
  @NotNull
  public Long unitId;

  @Schema(description = "Position (jabatan)")
  public Long positionId;

  @Schema(description = "Direct supervisor (an employee of the same agency)")
  public Long supervisorId;

  @Schema(description = "Work e-mail address")
  @Email
  @Size(max = 254)
  public String email;

  public String nip() {
    return nip;
  }

  public String name() {
    return name;
  }

  public String rankGrade() {
    return rankGrade;
  }

  public Long unitId() {
    return unitId;
  }

  public Long positionId() {
    return positionId;
  }

  public Long supervisorId() {
    return supervisorId;
  }

  public String email() {
    return email;
  }
}
