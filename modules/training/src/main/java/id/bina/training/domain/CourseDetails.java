package id.bina.training.domain;

import id.bina.platform.InvalidInputException.FieldError;
import id.bina.training.CourseType;
import id.bina.training.LeadershipProgramme;
import id.bina.training.Modality;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What HR writes about a course, and the rules it must keep. Null enums stand for values the client left out
 * or misspelled (the caller reports the spelling); lists are never null.
 */
public record CourseDetails(
    String title,
    String description,
    CourseType type,
    LeadershipProgramme leadershipProgramme,
    Modality modality,
    Integer lessonHours,
    Course.ProviderKind providerKind,
    String providerName,
    Long costPerParticipant,
    List<TargetCompetency> targetCompetencies,
    List<Long> prerequisiteCourses,
    List<CompetencyPrerequisite> prerequisiteCompetencies,
    List<Eligibility> eligibility) {

  /** Upper bound for one course: a year of full-time study is about 1,800 JP. */
  public static final int MAX_LESSON_HOURS = 2000;

  /** Golongan ruang of PNS (I/a to IV/e). */
  private static final Pattern RANK = Pattern.compile("^(I|II|III|IV)/[a-e]$");

  /** The platform's position classes (kelas jabatan), as its published PositionInfo names them. */
  public static final Set<String> POSITION_CLASSES =
      Set.of("JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "FUNCTIONAL", "EXECUTOR");

  /** Every broken rule, field by field; empty when the details are fine. */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (title == null || title.isBlank()) {
      errors.add(error("title", "must not be blank"));
    } else if (title.length() > 200) {
      errors.add(error("title", "must be at most 200 characters"));
    }
    if (description != null && description.length() > 20_000) {
      errors.add(error("description", "must be at most 20000 characters"));
    }
    if (type == null) {
      errors.add(error("type", "must be one of " + List.of(CourseType.values())));
    }
    if (leadershipProgramme != null && type != null && type != CourseType.LEADERSHIP) {
      errors.add(error("leadershipProgramme", "only leadership courses belong to a leadership programme"));
    }
    if (modality == null) {
      errors.add(error("modality", "must be one of " + List.of(Modality.values())));
    }
    if (lessonHours == null || lessonHours < 1 || lessonHours > MAX_LESSON_HOURS) {
      errors.add(error("lessonHours", "must be between 1 and " + MAX_LESSON_HOURS + " JP"));
    }
    if (providerKind == null) {
      errors.add(error("provider.kind", "must be INTERNAL or EXTERNAL"));
    }
    if (providerKind == Course.ProviderKind.EXTERNAL && (providerName == null || providerName.isBlank())) {
      errors.add(error("provider.name", "an external provider must be named"));
    }
    if (providerName != null && providerName.length() > 200) {
      errors.add(error("provider.name", "must be at most 200 characters"));
    }
    if (costPerParticipant == null || costPerParticipant < 0) {
      errors.add(error("costPerParticipant", "must be 0 or more rupiah"));
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < targetCompetencies.size(); i++) {
      TargetCompetency t = targetCompetencies.get(i);
      if (!seen.add(t.getCompetencyId())) {
        errors.add(error("targetCompetencies[" + i + "].competencyId", "is listed twice"));
      }
      if (t.getTargetLevel() < 1 || t.getTargetLevel() > 5) {
        errors.add(error("targetCompetencies[" + i + "].targetLevel", "must be a level from 1 to 5"));
      }
    }
    seen.clear();
    for (int i = 0; i < prerequisiteCompetencies.size(); i++) {
      CompetencyPrerequisite p = prerequisiteCompetencies.get(i);
      if (!seen.add(p.getCompetencyId())) {
        errors.add(error("prerequisites.competencies[" + i + "].competencyId", "is listed twice"));
      }
      if (p.getMinLevel() < 1 || p.getMinLevel() > 5) {
        errors.add(error("prerequisites.competencies[" + i + "].minLevel", "must be a level from 1 to 5"));
      }
    }
    if (new HashSet<>(prerequisiteCourses).size() != prerequisiteCourses.size()) {
      errors.add(error("prerequisites.courseIds", "lists a course twice"));
    }
    for (Eligibility e : eligibility) {
      boolean fine =
          switch (e.getKind()) {
            case RANK -> RANK.matcher(e.getValue()).matches();
            case POSITION_CLASS -> POSITION_CLASSES.contains(e.getValue());
            case UNIT -> e.getValue().matches("^[1-9][0-9]{0,18}$");
          };
      if (!fine) {
        String field =
            switch (e.getKind()) {
              case RANK -> "eligibility.ranks";
              case POSITION_CLASS -> "eligibility.positionClasses";
              case UNIT -> "eligibility.unitIds";
            };
        String rule =
            switch (e.getKind()) {
              case RANK -> "a golongan such as III/a (I/a to IV/e)";
              case POSITION_CLASS -> "one of " + POSITION_CLASSES;
              case UNIT -> "a unit id";
            };
        errors.add(error(field, "'" + e.getValue() + "' is not " + rule));
      }
    }
    return errors;
  }

  private static FieldError error(String field, String message) {
    return new FieldError(null, field, message);
  }
}
