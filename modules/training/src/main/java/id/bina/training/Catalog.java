package id.bina.training;

import java.util.Optional;

/**
 * The training catalog for other modules and the portal, with the REST API's visibility: the caller's agency
 * only; drafts only for HR managers and administrators.
 */
public interface Catalog {

  Optional<CourseSummary> course(long courseId);

  Optional<ClassSummary> trainingClass(long classId);
}
