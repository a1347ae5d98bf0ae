package id.bina.competency;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/**
 * Who in the caller's agency falls short in a competency: what training plans and mentoring matches start
 * from. For HR managers; computed in the database over the whole unit subtree.
 */
public interface CompetencyGaps {

  /**
   * Employees in the unit and the units below it (the whole agency when {@code unitId} is null) whose current
   * level is at least {@code minGap} below their position's standard, largest gap first; with
   * {@code includeUnassessed}, also those never validly assessed in it (listed after the others).
   */
  Page<EmployeeGap> employeesWithGap(
      Long unitId, long competencyId, int minGap, boolean includeUnassessed, PageRequest page);
}
