package id.bina.training.application;

import id.bina.training.Catalog;
import id.bina.training.ClassSummary;
import id.bina.training.CourseSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** {@link Catalog} for other modules and the portal, with the REST API's visibility rules. */
@ApplicationScoped
public class CatalogLookup implements Catalog {

  @Inject CourseService courses;

  @Inject ClassService classes;

  @Override
  @Transactional
  public Optional<CourseSummary> course(long courseId) {
    return courses.summaryOf(courseId);
  }

  @Override
  @Transactional
  public Optional<ClassSummary> trainingClass(long classId) {
    return classes.summaryOf(classId);
  }
}
