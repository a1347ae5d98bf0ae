package id.bina.training;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The agency's annual competency development plan (PP 11/2017 art. 205-207) for the portal, with the REST
 * API's rules: HR managers only; lines change while the plan is a draft, each write needs the plan's version;
 * another HR manager than its creator and last editor approves it. Forms carry enumerations and dates as text.
 */
public interface AgencyPlans {

  record Summary(long id, int year, String status, int lines, int seats, long budget, long version) {}

  record UnitSeats(long unitId, String unitName, int planned, int filled) {}

  /**
   * Plan versus actual from the classes of the line's course in the plan's year: seats filled by confirmed
   * enrolments, participants who completed, the JP and money (completed x cost) that makes, the budget left.
   */
  record Actual(int classes, int capacity, int seatsFilled, int completed, long jpDelivered, long spent, long budgetRemaining) {}

  /**
   * A line: the competency, whom it is for (a unit's subtree at least {@code minGap} below standard, or listed
   * employees), type and route of development, provider, schedule (a quarter or dates), classes, seats, budget,
   * the course it uses; people below standard in its target and the gaps its seats would close.
   */
  record Line(
      long id,
      long competencyId,
      String competencyCode,
      String competencyName,
      Long targetUnitId,
      String targetUnitName,
      int minGap,
      List<Long> employees,
      CourseType developmentType,
      Modality modality,
      String providerKind,
      String providerName,
      Integer plannedQuarter,
      LocalDate startsOn,
      LocalDate endsOn,
      int classes,
      int seats,
      List<UnitSeats> unitSeats,
      long budget,
      Long costPerSeat,
      Long courseId,
      String courseCode,
      String courseTitle,
      String note,
      long peopleBelowStandard,
      long gapsClosed,
      Actual actual) {

    /** The line as a form, to change some fields and keep the rest. */
    public LineForm form() {
      return new LineForm(
          competencyId, targetUnitId, minGap, employees, developmentType == null ? null : developmentType.name(),
          modality == null ? null : modality.name(), providerKind, providerName, plannedQuarter,
          startsOn == null ? null : startsOn.toString(), endsOn == null ? null : endsOn.toString(), classes, seats,
          unitSeats.stream().map(u -> new Seats(u.unitId(), u.planned())).toList(), budget, courseId, note);
    }
  }

  record Totals(
      int lines, int classes, int seats, long budget, long gapsClosed, int seatsFilled, long jpDelivered, long spent, int completed,
      long budgetRemaining) {}

  /** The previous year's SKP ratings: people per predicate, below expectation, rated and not rated. */
  record Performance(int year, Map<SkpPredicate, Long> predicates, long belowExpectation, long rated, long notRated) {}

  record Plan(
      long id, int year, String status, List<Line> lines, Totals totals, Performance performance, String approvedBy, String createdBy,
      String updatedBy, long version) {}

  record Seats(long unitId, int seats) {}

  record LineForm(
      Long competencyId,
      Long targetUnitId,
      Integer minGap,
      List<Long> employees,
      String developmentType,
      String modality,
      String providerKind,
      String providerName,
      Integer plannedQuarter,
      String startsOn,
      String endsOn,
      Integer classes,
      Integer seats,
      List<Seats> unitSeats,
      Long budget,
      Long courseId,
      String note) {}

  /** A competency to plan for: people below standard (heat map), approved IDPs that chose it, a suggested line. */
  record Proposal(
      long competencyId, String code, String name, long peopleRequired, long peopleBelowStandard, Double averageGap, long idpPeople,
      LineForm suggestedLine) {}

  /** The agency's plans, newest year first. */
  Page<Summary> list(PageRequest page);

  Plan get(long id);

  /** Starts the plan of a year (next year when null), as a draft without lines. */
  Plan create(Integer year);

  Plan addLine(long planId, long version, LineForm line);

  Plan replaceLine(long planId, long lineId, long version, LineForm line);

  Plan removeLine(long planId, long lineId, long version);

  Plan approve(long planId, long version);

  /** The competencies with the most people below standard in the agency or a unit, best first. */
  List<Proposal> proposals(long planId, Long unitId, int limit);
}
