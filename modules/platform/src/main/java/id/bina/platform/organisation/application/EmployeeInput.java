package id.bina.platform.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client sends to create or update an employee. */
public record EmployeeInput(
    @NotBlank @ValidNip String nip,
    @NotBlank @Size(max = 200) String name,
    @Pattern(regexp = "^(I|II|III|IV)/[a-e]$", message = "must be a golongan such as III/a") String rankGrade,
    @NotNull Long unitId,
    Long positionId,
    Long supervisorId,
    @Email @Size(max = 254) String email) {}
