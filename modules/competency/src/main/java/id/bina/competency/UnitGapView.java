package id.bina.competency;

/**
 * One employee in a unit's gap report: how many competencies their standard lists, how many are validly
 * assessed, how many fall short, the largest gap, and the job-person match (unassessed counts as 0).
 */
public record UnitGapView(
    long employeeId,
    String nip,
    String name,
    long unitId,
    String unitName,
    String positionName,
    int required,
    int assessed,
    int below,
    Integer largestGap,
    double jobPersonMatch) {}
