package id.bina.training;

import java.util.Optional;

/**
 * The training catalog for other modules and the portal, with the REST API's visibility: the caller's agency
 * only; drafts only for HR managers and administrators.
 */
public interface Catalog {

  Optional<CourseSummary> course(long courseId);

  Optional<ClassSummary> trainingClass(long classId);

  /** Courses matching {@code text} by full-text search (all when blank), best match first. */
  id.bina.platform.Page<CourseSummary> searchCourses(String text, id.bina.platform.PageRequest page);

  /** The course's classes open for enrolment today, by first session. */
  id.bina.platform.Page<ClassSummary> openClasses(long courseId, id.bina.platform.PageRequest page);
}
