package id.bina.training.application;

import id.bina.training.CourseStatus;
import id.bina.training.CourseType;
import id.bina.training.LeadershipProgramme;
import id.bina.training.Modality;
import java.time.OffsetDateTime;
import java.util.List;

/** A course with everything HR wrote about it; times in the agency's zone. */
public record CourseView(
    long id,
    String code,
    String title,
    String description,
    CourseType type,
    LeadershipProgramme leadershipProgramme,
    Modality modality,
    boolean classical,
    int lessonHours,
    int minutes,
    Provider provider,
    long costPerParticipant,
    List<Target> targetCompetencies,
    Prerequisites prerequisites,
    EligibilityView eligibility,
    CourseStatus status,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    long version) {

  public record Provider(String kind, String name) {}

  public record Target(long competencyId, String code, String name, int targetLevel) {}

  public record Prerequisites(List<CourseRef> courses, List<Level> competencies) {}

  public record CourseRef(long id, String code, String title) {}

  public record Level(long competencyId, String code, String name, int minLevel) {}

  public record EligibilityView(List<String> ranks, List<String> positionClasses, List<Long> unitIds) {}
}
