package id.bina.evaluation.application.behaviour;

import id.bina.competency.Competencies;
import id.bina.evaluation.BehaviourReport;
import id.bina.evaluation.BehaviourReports;
import id.bina.evaluation.domain.Statistics;
import id.bina.evaluation.domain.behaviour.BeforeAfter;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The level 3 report, aggregated in the database: one query for the task counts, one for the sums per
 * competency over the (before, after) pairs of completed tasks; the statistics come from those sums.
 */
@ApplicationScoped
public class BehaviourReportService implements BehaviourReports {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject Statistics statistics;

  @Inject Competencies competencies;

  @Inject FollowUpStart followUps;

  @Inject
  @ConfigProperty(name = "bina.evaluation.reassessment-days", defaultValue = "30")
  int reassessmentDays;

  /** The WHERE clause over tasks t joined with their class k, and its parameters in order. */
  private record Filter(String where, List<Object> parameters) {

    Query bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }

  private Filter filter(Long classId, Long courseId, Long unitId, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("from", "must not be after to");
    }
    long agency = caller.agencyId();
    List<Object> parameters = new ArrayList<>();
    parameters.add(agency);
    StringBuilder where = new StringBuilder("t.agency_id = ?1");
    if (classId != null) {
      requireRecorded("class_id", classId, "TrainingClass");
      parameters.add(classId);
      where.append(" AND k.class_id = ?").append(parameters.size());
    }
    if (courseId != null) {
      requireRecorded("course_id", courseId, "Course");
      parameters.add(courseId);
      where.append(" AND k.course_id = ?").append(parameters.size());
    }
    if (unitId != null) {
      @SuppressWarnings("unchecked")
      List<String> paths =
          em.createNativeQuery("SELECT unit_path FROM platform.unit_directory WHERE unit_id = ?1 AND agency_id = ?2")
              .setParameter(1, unitId)
              .setParameter(2, agency)
              .getResultList();
      if (paths.isEmpty()) {
        throw new NotFoundException("Unit", unitId);
      }
      // The unit the participant belonged to when the class completed, with the units below it.
      parameters.add(paths.get(0) + "%");
      where.append(" AND EXISTS (SELECT 1 FROM evaluation.participation p WHERE p.class_id = t.class_id")
          .append(" AND p.employee_id = t.employee_id AND p.unit_path LIKE ?").append(parameters.size()).append(")");
    }
    if (from != null) {
      parameters.add(java.sql.Date.valueOf(from));
      where.append(" AND k.last_session_on >= ?").append(parameters.size());
    }
    if (to != null) {
      parameters.add(java.sql.Date.valueOf(to));
      where.append(" AND k.last_session_on <= ?").append(parameters.size());
    }
    return new Filter(where.toString(), parameters);
  }

  /** A class or course the agency has no recorded class of is not there for this report: 404. */
  private void requireRecorded(String column, long id, String what) {
    Number found =
        (Number)
            em.createNativeQuery("SELECT count(*) FROM evaluation.evaluated_class WHERE agency_id = ?1 AND " + column + " = ?2")
                .setParameter(1, caller.agencyId())
                .setParameter(2, id)
                .getSingleResult();
    if (found.longValue() == 0) {
      throw new NotFoundException(what, id);
    }
  }

  @Override
  @Transactional
  public BehaviourReport report(Long classId, Long courseId, Long unitId, LocalDate from, LocalDate to) {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("The behaviour report is HR's");
    }
    Filter filter = filter(classId, courseId, unitId, from, to);
    followUps.startDue(caller.agencyId());
    Object[] counts =
        (Object[])
            filter
                .bind(
                    em.createNativeQuery(
                        "SELECT count(*) FILTER (WHERE t.status = 'COMPLETED'), count(*) FILTER (WHERE t.status = 'OPEN'),"
                            + " count(*) FILTER (WHERE t.status = 'OPEN' AND t.due_on < ?" + (filter.parameters().size() + 1) + ")"
                            + " FROM evaluation.reassessment_task t JOIN evaluation.evaluated_class k ON k.class_id = t.class_id"
                            + " WHERE " + filter.where()))
                .setParameter(filter.parameters().size() + 1, java.sql.Date.valueOf(LocalDate.now(directory.zone()).minusDays(reassessmentDays)))
                .getSingleResult();
    BehaviourReport.Tasks tasks =
        new BehaviourReport.Tasks(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue());

    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        filter
            .bind(
                em.createNativeQuery(
                    "SELECT c.competency_id,"
                        + " count(c.level_before), coalesce(sum(c.level_before), 0), coalesce(sum(c.level_before * c.level_before), 0),"
                        + " coalesce(sum(c.level_after) FILTER (WHERE c.level_before IS NOT NULL), 0),"
                        + " coalesce(sum(c.level_after * c.level_after) FILTER (WHERE c.level_before IS NOT NULL), 0),"
                        + " coalesce(sum(c.level_after - c.level_before), 0),"
                        + " coalesce(sum((c.level_after - c.level_before) * (c.level_after - c.level_before)), 0),"
                        + " count(*) FILTER (WHERE c.level_after > c.level_before),"
                        + " count(*) FILTER (WHERE c.level_before IS NULL)"
                        + " FROM evaluation.reassessment_task t JOIN evaluation.evaluated_class k ON k.class_id = t.class_id"
                        + " JOIN evaluation.reassessment_task_competency c ON c.task_id = t.id"
                        + " WHERE " + filter.where() + " AND t.status = 'COMPLETED' AND c.level_after IS NOT NULL"
                        + " GROUP BY c.competency_id ORDER BY c.competency_id"))
            .getResultList();
    Map<Long, Competencies.CompetencyRef> refs =
        competencies.visible(rows.stream().map(r -> ((Number) r[0]).longValue()).collect(Collectors.toSet()));
    List<BehaviourReport.CompetencyChange> lines = new ArrayList<>();
    for (Object[] r : rows) {
      long competencyId = ((Number) r[0]).longValue();
      BeforeAfter pairs =
          new BeforeAfter(
              number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]));
      Competencies.CompetencyRef ref = refs.get(competencyId);
      lines.add(
          new BehaviourReport.CompetencyChange(
              competencyId, ref == null ? null : ref.code(), ref == null ? null : ref.name(), pairs.pairs(), number(r[9]),
              pairs.before(statistics), pairs.after(statistics), pairs.change(statistics), pairs.roseShare(statistics)));
    }
    lines.sort(java.util.Comparator.comparing(l -> l.code() == null ? "" : l.code()));
    return new BehaviourReport(classId, courseId, unitId, from, to, statistics.minimumGroup(), tasks, lines);
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
