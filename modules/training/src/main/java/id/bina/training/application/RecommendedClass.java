package id.bina.training.application;

import id.bina.training.ClassSummary;
import java.util.List;

/**
 * An open class recommended to the caller: how many levels of their competency gaps its course would close
 * (assessed gaps first; never-assessed competencies count from level 0 but rank after), and why.
 */
public record RecommendedClass(
    ClassSummary trainingClass, int levelsClosed, int unassessedLevelsClosed, String reason, List<Gap> gaps) {

  /** One of the caller's gaps the course addresses. */
  public record Gap(
      long competencyId,
      String code,
      String name,
      Integer currentLevel,
      int requiredLevel,
      int targetLevel,
      int levelsClosed) {}
}
