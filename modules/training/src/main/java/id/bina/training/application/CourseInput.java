package id.bina.training.application;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A course as HR sends it. Enumerations and numbers are checked by hand, so that every problem is reported
 * field by field at once. Classes with public fields, as Payara's OpenAPI scanner needs.
 */
@Schema(name = "CourseInput")
public class CourseInput {

  @Schema(description = "Code, unique in the agency, e.g. PKP-2026-01")
  public String code;

  public String title;

  public String description;

  @Schema(description = "LEADERSHIP, FUNCTIONAL, TECHNICAL or SOCIO_CULTURAL")
  public String type;

  @Schema(description = "For leadership courses: PKN_I, PKN_II, PKA or PKP")
  public String leadershipProgramme;

  @Schema(description = "Classical: CLASSROOM, SEMINAR, WORKSHOP, COURSE, UPGRADING, TECHNICAL_GUIDANCE, SOCIALISATION;"
      + " non-classical: COACHING, MENTORING, E_LEARNING, DISTANCE_TRAINING, SECONDMENT, OUTDOOR_LEARNING,"
      + " BENCHMARKING, PRIVATE_SECTOR_EXCHANGE, SELF_LEARNING, COMMUNITY_OF_PRACTICE, ON_THE_JOB, INTERNSHIP")
  public String modality;

  @Schema(description = "Lesson hours in JP (1 JP = 45 minutes)")
  public Integer lessonHours;

  public ProviderInput provider;

  @Schema(description = "Cost per participant in whole rupiah")
  public Long costPerParticipant;

  public List<TargetInput> targetCompetencies;

  public PrerequisitesInput prerequisites;

  public EligibilityInput eligibility;

  @Schema(name = "CourseProviderInput")
  public static class ProviderInput {
    @Schema(description = "INTERNAL (the agency's own training unit) or EXTERNAL (e.g. LAN)")
    public String kind;

    public String name;
  }

  @Schema(name = "CourseTargetCompetencyInput")
  public static class TargetInput {
    public Long competencyId;

    @Schema(description = "The level (1-5) the course builds to")
    public Integer targetLevel;
  }

  @Schema(name = "CoursePrerequisitesInput")
  public static class PrerequisitesInput {
    @Schema(description = "Courses of the agency a participant must have completed")
    public List<Long> courseIds;

    public List<LevelInput> competencies;
  }

  @Schema(name = "CoursePrerequisiteLevelInput")
  public static class LevelInput {
    public Long competencyId;

    public Integer minLevel;
  }

  @Schema(name = "CourseEligibilityInput")
  public static class EligibilityInput {
    @Schema(description = "Golongan, e.g. III/a")
    public List<String> ranks;

    @Schema(description = "Position classes, e.g. PENGAWAS, ADMINISTRATOR")
    public List<String> positionClasses;

    public List<Long> unitIds;
  }
}
