package id.bina.competency;

/**
 * One employee's standing in one competency: the level their position requires, their current level (null
 * when never validly assessed) and the gap (null when not assessed).
 */
public record EmployeeGap(
    long employeeId,
    String nip,
    String name,
    long unitId,
    String unitName,
    String positionName,
    long competencyId,
    int requiredLevel,
    Integer currentLevel,
    Integer gap) {}
