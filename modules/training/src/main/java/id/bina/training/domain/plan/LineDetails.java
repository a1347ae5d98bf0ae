package id.bina.training.domain.plan;

import id.bina.platform.InvalidInputException.FieldError;
import id.bina.training.CourseType;
import id.bina.training.Modality;
import id.bina.training.domain.Course;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What HR writes on a line of the agency's annual plan (PP 11/2017 art. 205-207): the competency, the target
 * civil servants (a unit subtree, the whole agency when no unit, with a gap threshold; or listed employees),
 * the type and route of development, the provider, the schedule (a quarter or dates in the plan's year), the
 * number of classes, the seats (and seats per unit), the budget in whole rupiah and an optional course.
 * Null enums stand for values the client left out or misspelled.
 */
public record LineDetails(
    Long competencyId,
    Long targetUnitId,
    Integer minGap,
    List<Long> employees,
    CourseType developmentType,
    Modality modality,
    Course.ProviderKind providerKind,
    String providerName,
    Integer plannedQuarter,
    LocalDate startsOn,
    LocalDate endsOn,
    Integer classes,
    Integer seats,
    List<UnitSeats> unitSeats,
    Long budget,
    Long courseId,
    String note) {

  /** Listed targets at most per line; larger groups are named by a unit and a gap threshold. */
  public static final int MAX_EMPLOYEES = 200;

  /** A trillion rupiah: far above any line, low enough to add many lines without overflow. */
  public static final long MAX_BUDGET = 1_000_000_000_000L;

  public List<FieldError> problems(int planYear) {
    List<FieldError> errors = new ArrayList<>();
    if (competencyId == null) {
      errors.add(new FieldError(null, "competencyId", "must be given"));
    }
    if (minGap != null && (minGap < 1 || minGap > 5)) {
      errors.add(new FieldError(null, "minGap", "must be from 1 to 5 levels"));
    }
    if (!employees.isEmpty() && targetUnitId != null) {
      errors.add(new FieldError(null, "employees", "name either a target unit or employees, not both"));
    }
    if (employees.size() > MAX_EMPLOYEES) {
      errors.add(new FieldError(null, "employees", "at most " + MAX_EMPLOYEES + " employees; name a unit for more"));
    }
    if (new HashSet<>(employees).size() != employees.size()) {
      errors.add(new FieldError(null, "employees", "lists an employee twice"));
    }
    if (developmentType == null) {
      errors.add(new FieldError(null, "developmentType", "must be one of " + List.of(CourseType.values())));
    }
    if (modality == null) {
      errors.add(new FieldError(null, "modality", "must be one of " + List.of(Modality.values())));
    }
    if (providerKind == null) {
      errors.add(new FieldError(null, "provider.kind", "must be INTERNAL or EXTERNAL"));
    }
    if (providerName != null && providerName.length() > 200) {
      errors.add(new FieldError(null, "provider.name", "must be at most 200 characters"));
    }
    boolean dates = startsOn != null || endsOn != null;
    if (plannedQuarter == null && !dates) {
      errors.add(new FieldError(null, "plannedQuarter", "give a quarter or the dates (startsOn, endsOn)"));
    } else if (plannedQuarter != null && dates) {
      errors.add(new FieldError(null, "plannedQuarter", "give a quarter or the dates, not both"));
    } else if (plannedQuarter != null && (plannedQuarter < 1 || plannedQuarter > 4)) {
      errors.add(new FieldError(null, "plannedQuarter", "must be a quarter from 1 to 4"));
    } else if (dates) {
      if (startsOn == null || endsOn == null) {
        errors.add(new FieldError(null, startsOn == null ? "startsOn" : "endsOn", "give both dates"));
      } else {
        if (endsOn.isBefore(startsOn)) {
          errors.add(new FieldError(null, "endsOn", "must not be before startsOn"));
        }
        if (startsOn.getYear() != planYear || endsOn.getYear() != planYear) {
          errors.add(new FieldError(null, "startsOn", "the dates must fall in the plan's year " + planYear));
        }
      }
    }
    if (classes == null || classes < 0 || classes > 10_000) {
      errors.add(new FieldError(null, "classes", "must be from 0 to 10000"));
    } else if (modality != null && modality.classical() && classes == 0) {
      errors.add(new FieldError(null, "classes", "a classical route plans at least one class"));
    }
    if (seats == null || seats < 0 || seats > 1_000_000) {
      errors.add(new FieldError(null, "seats", "must be from 0 to 1000000"));
    } else {
      int perUnit = 0;
      Set<Long> units = new HashSet<>();
      for (int i = 0; i < unitSeats.size(); i++) {
        UnitSeats u = unitSeats.get(i);
        if (u.getSeats() < 1) {
          errors.add(new FieldError(null, "unitSeats[" + i + "].seats", "must be at least 1"));
        }
        if (!units.add(u.getUnitId())) {
          errors.add(new FieldError(null, "unitSeats[" + i + "].unitId", "listed twice"));
        }
        perUnit += Math.max(0, u.getSeats());
      }
      if (perUnit > seats) {
        errors.add(new FieldError(null, "unitSeats", "add up to " + perUnit + ", more than the line's " + seats + " seats"));
      }
      if (!employees.isEmpty() && seats > employees.size()) {
        errors.add(new FieldError(null, "seats", "more seats than the " + employees.size() + " listed employees"));
      }
    }
    if (budget == null || budget < 0 || budget > MAX_BUDGET) {
      errors.add(new FieldError(null, "budget", "must be whole rupiah from 0 to " + MAX_BUDGET));
    }
    if (note != null && note.length() > 1000) {
      errors.add(new FieldError(null, "note", "must be at most 1000 characters"));
    }
    return errors;
  }
}
