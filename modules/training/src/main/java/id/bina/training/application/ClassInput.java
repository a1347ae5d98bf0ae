package id.bina.training.application;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A class (offering) as HR sends it; dates are yyyy-mm-dd and times hh:mm in the agency's zone. */
@Schema(name = "ClassInput")
public class ClassInput {

  @Schema(description = "The course (on creation; a class never moves to another course)")
  public Long courseId;

  @Schema(description = "Code, unique in the agency, e.g. PKP-2026-01-A")
  public String code;

  public String name;

  public List<SessionInput> sessions;

  public String venue;

  public String onlineLink;

  @Schema(description = "Seats")
  public Integer capacity;

  public String enrolmentOpens;

  public String enrolmentCloses;

  @Schema(description = "Seats kept for units; together at most the capacity")
  public List<QuotaInput> quotas;

  public List<TrainerInput> trainers;

  @Schema(name = "ClassSessionInput")
  public static class SessionInput {
    public String date;

    public String startsAt;

    public String endsAt;
  }

  @Schema(name = "ClassQuotaInput")
  public static class QuotaInput {
    public Long unitId;

    public Integer seats;
  }

  @Schema(name = "ClassTrainerInput")
  public static class TrainerInput {
    @Schema(description = "An employee of the agency")
    public Long employeeId;

    @Schema(description = "Or an outside trainer's name")
    public String externalName;
  }
}
