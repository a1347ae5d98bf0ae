package id.bina.training.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a class is cancelled. */
@Schema(name = "ClassCancellationInput")
public class CancellationInput {
  public String reason;
}
