package id.bina.platform.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or update an employee. */
// @Schema on each constrained component also keeps Payara's OpenAPI scanner from failing on records.
public record EmployeeInput(
    @Schema(description = "NIP, 18 digits: birth date, appointment month, gender, sequence") @NotBlank @ValidNip
        String nip,
    @Schema(description = "Full name") @NotBlank @Size(max = 200) String name,
    @Schema(description = "Rank (golongan/ruang), for example III/a")
        @Pattern(regexp = "^(I|II|III|IV)/[a-e]$", message = "must be a golongan such as III/a")
        String rankGrade,
    @Schema(description = "Unit (unit kerja) of the caller's agency") @NotNull Long unitId,
    @Schema(description = "Position (jabatan)") Long positionId,
    @Schema(description = "Direct supervisor (an employee of the same agency)") Long supervisorId,
    @Schema(description = "Work e-mail address") @Email @Size(max = 254) String email) {}
