package id.bina.training.application.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a plan is returned. */
@Schema(name = "DevelopmentPlanReturnInput")
public class DecisionReason {
  public String reason;
}
