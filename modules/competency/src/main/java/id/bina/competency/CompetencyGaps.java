package id.bina.competency;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/**
 * Gap analysis over many people, computed in the database: the heat map of a unit, who falls short in a
 * competency (what training plans and mentoring matches start from), a unit's gap report (for HR managers,
 * over the whole unit subtree; {@code unitId} null means the whole agency), and a supervisor's team.
 */
public interface CompetencyGaps {

  /** Per unit directly below the given one (each counting its subtree) and competency; HR managers only. */
  HeatMapView heatMap(Long unitId);

  /** Each person of the unit's subtree with their gap counts and job-person match, weakest match first. */
  Page<UnitGapView> unitReport(Long unitId, PageRequest page);

  /** The caller's direct reports with their gap counts and job-person match. */
  Page<UnitGapView> team(PageRequest page);

  /**
   * Employees in the unit and the units below it (the whole agency when {@code unitId} is null) whose current
   * level is at least {@code minGap} below their position's standard, largest gap first; with
   * {@code includeUnassessed}, also those never validly assessed in it (listed after the others).
   */
  Page<EmployeeGap> employeesWithGap(
      Long unitId, long competencyId, int minGap, boolean includeUnassessed, PageRequest page);
}
