package id.bina.training;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * SKP performance ratings imported per employee and year (for the performance-gap analysis of the annual plan
 * and for evaluation at Kirkpatrick level 4). Scoped to the caller's agency: another agency's employees have
 * no rating here. Callers check who may see a person's rating (HR managers, in Bina's REST API).
 */
public interface PerformanceRatings {

  Optional<SkpPredicate> of(long employeeId, int year);

  /** The ratings of many employees in one query; employees without a rating for the year are left out. */
  Map<Long, SkpPredicate> of(Collection<Long> employeeIds, int year);
}
