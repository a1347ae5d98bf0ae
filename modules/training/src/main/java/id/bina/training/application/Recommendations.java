package id.bina.training.application;

import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.training.ClassStatus;
import id.bina.training.CourseStatus;
import id.bina.training.domain.Course;
import id.bina.training.domain.TrainingClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Recommended for me": classes open for enrolment now whose course builds competencies in which the caller
 * falls short of their position's standard (from the competency module's profile), ranked by how many
 * levels of those gaps the course would close. A competency never assessed counts from level 0, as in the
 * job-person match, but ranks after known gaps: what is known to be missing comes first.
 */
@ApplicationScoped
public class Recommendations {

  /** Open classes considered at most; an agency has far fewer open at once. */
  static final int MAX_CANDIDATES = 2000;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject CompetencyProfiles profiles;

  @Inject ClassService classes;

  @Transactional
  public Page<RecommendedClass> forCaller(PageRequest page) {
    long self = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    ProfileView profile = profiles.profileOf(self);
    Map<Long, ProfileView.Line> gaps = new LinkedHashMap<>();
    for (ProfileView.Line line : profile.competencies()) {
      if (line.requiredLevel() != null
          && (line.currentLevel() == null || line.currentLevel() < line.requiredLevel())) {
        gaps.put(line.competencyId(), line);
      }
    }
    if (gaps.isEmpty()) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    // One query: the open classes with the target competencies of their course that are among the gaps.
    List<Object[]> rows =
        em.createQuery(
                "select k, c, t.competencyId, t.targetLevel from TrainingClass k, Course c join c.targetCompetencies t"
                    + " where c.id = k.courseId and k.agencyId = :agency and k.status = :open and c.status = :published"
                    + " and k.enrolmentOpens <= :today and k.enrolmentCloses >= :today and t.competencyId in :gaps"
                    + " order by k.firstSessionOn, k.id",
                Object[].class)
            .setParameter("agency", caller.agencyId())
            .setParameter("open", ClassStatus.OPEN)
            .setParameter("published", CourseStatus.PUBLISHED)
            .setParameter("today", classes.today())
            .setParameter("gaps", gaps.keySet())
            .setMaxResults(MAX_CANDIDATES)
            .getResultList();
    Map<Long, Candidate> candidates = new LinkedHashMap<>();
    for (Object[] row : rows) {
      TrainingClass k = (TrainingClass) row[0];
      Candidate candidate = candidates.computeIfAbsent(k.getId(), id -> new Candidate(k, (Course) row[1]));
      ProfileView.Line gap = gaps.get((Long) row[2]);
      int target = ((Number) row[3]).intValue();
      int from = gap.currentLevel() == null ? 0 : gap.currentLevel();
      int closed = Math.max(0, Math.min(target, gap.requiredLevel()) - from);
      if (closed > 0) {
        candidate.gaps.add(
            new RecommendedClass.Gap(
                gap.competencyId(), gap.code(), gap.nameId(), gap.currentLevel(), gap.requiredLevel(), target, closed));
      }
    }
    List<RecommendedClass> ranked =
        candidates.values().stream()
            .filter(c -> !c.gaps.isEmpty())
            .map(Candidate::recommendation)
            .sorted(
                Comparator.comparingInt(RecommendedClass::levelsClosed)
                    .thenComparingInt(RecommendedClass::unassessedLevelsClosed)
                    .reversed()
                    .thenComparing(r -> r.trainingClass().firstSessionOn())
                    .thenComparingLong(r -> r.trainingClass().id()))
            .toList();
    List<RecommendedClass> items =
        ranked.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(items, page.page(), page.size(), ranked.size());
  }

  private static final class Candidate {
    final TrainingClass trainingClass;
    final Course course;
    final List<RecommendedClass.Gap> gaps = new ArrayList<>();

    Candidate(TrainingClass trainingClass, Course course) {
      this.trainingClass = trainingClass;
      this.course = course;
    }

    RecommendedClass recommendation() {
      gaps.sort(Comparator.comparingInt(RecommendedClass.Gap::levelsClosed).reversed().thenComparing(RecommendedClass.Gap::code));
      int assessed = gaps.stream().filter(g -> g.currentLevel() != null).mapToInt(RecommendedClass.Gap::levelsClosed).sum();
      int unassessed = gaps.stream().filter(g -> g.currentLevel() == null).mapToInt(RecommendedClass.Gap::levelsClosed).sum();
      String reason =
          "Builds "
              + gaps.stream()
                  .map(
                      g -> g.code() + " " + g.name() + " to level " + g.targetLevel() + " (you: "
                          + (g.currentLevel() == null ? "not assessed" : "level " + g.currentLevel())
                          + ", your position requires " + g.requiredLevel() + ")")
                  .collect(Collectors.joining("; "));
      return new RecommendedClass(ClassService.summary(trainingClass, course), assessed, unassessed, reason, List.copyOf(gaps));
    }
  }
}
