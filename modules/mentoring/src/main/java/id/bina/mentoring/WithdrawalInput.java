package id.bina.mentoring;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a pool entry leaves the pool (an application turned down, a mentor withdrawn); shown to the mentor. */
@Schema(name = "MentorWithdrawalInput")
public class WithdrawalInput {

  @Size(max = 1000)
  public String reason;
}
