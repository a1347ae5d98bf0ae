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

  @Override
  @Transactional
  public id.bina.platform.Page<CourseSummary> searchCourses(String text, id.bina.platform.PageRequest page) {
    return courses.search(
        new CourseService.Filter(text == null || text.isBlank() ? null : text, null, null, null, null, null, null, null, null, null, null),
        page);
  }

  @Override
  @Transactional
  public id.bina.platform.Page<ClassSummary> openClasses(long courseId, id.bina.platform.PageRequest page) {
    return classes.list(new ClassService.Filter(courseId, null, null, null, true), page);
  }
}
