package id.bina.platform;

import java.util.List;

/**
 * Published through the outbox when employees' records changed where it matters to others (unit, position,
 * active): {@code employeeIds} names them, or is null when many changed at once (an import), meaning "check the
 * whole agency". Modules that keep data by unit or position bring it up to date from the published views.
 */
public record EmployeesPlaced(long agencyId, List<Long> employeeIds) {}
