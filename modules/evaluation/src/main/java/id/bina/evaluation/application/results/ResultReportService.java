package id.bina.evaluation.application.results;

import id.bina.evaluation.BenefitEstimateInput;
import id.bina.evaluation.BenefitEstimateView;
import id.bina.evaluation.Estimate;
import id.bina.evaluation.ResultReport;
import id.bina.evaluation.ResultReports;
import id.bina.evaluation.domain.BenefitEstimate;
import id.bina.evaluation.domain.ReturnOnInvestment;
import id.bina.evaluation.domain.Statistics;
import id.bina.evaluation.domain.TrainingCost;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.StaleVersionException;
import id.bina.training.PerformanceRatings;
import id.bina.training.SkpPredicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Level 4 (results) and the ROI estimate. Participants and costs come from evaluation's copy of completed classes
 * (SQL aggregates); SKP predicates from training's published {@link PerformanceRatings}, read in one query per
 * completion year and rating year (training's tables are its own, so they are not joined); levels gained from
 * {@link LevelGains} when level 3 provides it.
 */
@ApplicationScoped
public class ResultReportService implements ResultReports {

  static final String AUDIT_SUBJECT = "BenefitEstimate";

  static final String ESTIMATE_LABEL =
      "ESTIMATE: benefits valued in money by HR (see basis), not measured; the ratio and ROI are estimates too";

  static final String NO_LEVEL_DATA =
      "No competency level changes are recorded for these classes yet (level 3 re-assessments): cost per level gained is not computed";

  static final String NO_LEVEL_GAINED =
      "The re-assessments of these classes show no competency level gained: cost per level gained is not computed";

  /** What the report's figures mean; every report carries this. */
  public static final Map<String, String> DEFINITIONS = definitions();

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject AuditTrail auditTrail;

  @Inject Statistics statistics;

  @Inject PerformanceRatings ratings;

  @Inject Instance<LevelGains> levelGains;

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(
        "performance",
        "SKP predicate of each participation (a participant in a class) in the calendar year before the class's last session"
            + " and in the year after; improved/same/worse among those rated in both years (Wilson intervals).");
    d.put("totalCost", "Sum over the classes of cost per participant x confirmed participants (rupiah), completed or not.");
    d.put("jpDelivered", "Sum over the classes of the course's JP x participants who completed (JP credited).");
    d.put("costPerJp", "totalCost / jpDelivered.");
    d.put("costPerLevelGained", "totalCost / competency levels gained by the participants (level 3 re-assessments).");
    d.put(
        "roiEstimate",
        "Phillips level 5, an ESTIMATE: benefit-cost ratio = estimated benefits / costs; ROI % = (estimated benefits - costs)"
            + " / costs x 100. Only for one class, or one course without a period.");
    return Map.copyOf(d);
  }

  /** The completed classes a report covers. */
  private record Scope(Long classId, Long courseId, LocalDate from, LocalDate to) {

    String where(List<Object> parameters, long agencyId) {
      StringBuilder w = new StringBuilder(" WHERE c.agency_id = ? AND p.agency_id = ?");
      parameters.add(agencyId);
      parameters.add(agencyId);
      if (classId != null) {
        w.append(" AND c.class_id = ?");
        parameters.add(classId);
      }
      if (courseId != null) {
        w.append(" AND c.course_id = ?");
        parameters.add(courseId);
      }
      if (from != null) {
        w.append(" AND c.last_session_on >= ?");
        parameters.add(Date.valueOf(from));
      }
      if (to != null) {
        w.append(" AND c.last_session_on <= ?");
        parameters.add(Date.valueOf(to));
      }
      return w.toString();
    }
  }

  @Override
  @Transactional
  public ResultReport report(Long classId, Long courseId, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    Connection c = em.unwrap(Connection.class);
    try {
      if (classId != null) {
        requireClass(c, classId);
      }
      if (courseId != null) {
        requireCourse(c, courseId);
      }
      Scope scope = new Scope(classId, courseId, from, to);
      List<Long> classIds = classIds(c, scope);
      ResultReport.Performance performance = performance(c, scope);
      long[] sums = costSums(c, scope);
      TrainingCost cost = new TrainingCost(sums[2], sums[3]);
      Long levels = null;
      if (!classIds.isEmpty() && levelGains.isResolvable()) {
        OptionalLong gained = levelGains.get().levelsGained(caller.agencyId(), classIds);
        levels = gained.isPresent() ? gained.getAsLong() : null;
      }
      ResultReport.Cost costs =
          new ResultReport.Cost(
              sums[0], sums[1], cost.totalCost(), cost.jpDelivered(), cost.perJp(), levels, cost.perLevelGained(levels),
              levels == null ? NO_LEVEL_DATA : levels == 0 ? NO_LEVEL_GAINED : null);
      return new ResultReport(
          classId, courseId, from, to, classIds.size(), statistics.minimumGroup(), performance, costs,
          roi(scope, cost.totalCost()), DEFINITIONS);
    } catch (SQLException e) {
      throw new IllegalStateException("result report failed", e);
    }
  }

  /** The ROI estimate of exactly one class, or one course without a period, when its benefits were estimated. */
  private ResultReport.RoiEstimate roi(Scope scope, long costs) {
    BenefitEstimate b;
    if (scope.classId() != null && scope.courseId() == null && scope.from() == null && scope.to() == null) {
      b = stored(Subject.CLASS, scope.classId());
    } else if (scope.classId() == null && scope.courseId() != null && scope.from() == null && scope.to() == null) {
      b = stored(Subject.COURSE, scope.courseId());
    } else {
      return null;
    }
    if (b == null) {
      return null;
    }
    ReturnOnInvestment r = new ReturnOnInvestment(b.getAmount(), costs);
    return new ResultReport.RoiEstimate(
        true, ESTIMATE_LABEL, b.getSubject().name(), b.getAmount(), costs, r.benefitCostRatio(), r.roiPercent(), b.getBasis(),
        b.getEnteredBy(), b.getEnteredAt().atZoneSameInstant(directory.zone()).toOffsetDateTime());
  }

  /** [participants, completed, total cost, JP delivered] of the scope's classes. */
  private long[] costSums(Connection c, Scope scope) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT count(*), count(*) FILTER (WHERE p.completed), coalesce(sum(c.cost_per_participant), 0),"
            + " coalesce(sum(c.lesson_hours) FILTER (WHERE p.completed), 0)"
            + " FROM evaluation.evaluated_class c JOIN evaluation.participation p ON p.class_id = c.class_id"
            + scope.where(parameters, caller.agencyId());
    try (PreparedStatement s = prepare(c, sql, parameters);
        ResultSet r = s.executeQuery()) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)};
    }
  }

  private List<Long> classIds(Connection c, Scope scope) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT DISTINCT c.class_id FROM evaluation.evaluated_class c JOIN evaluation.participation p ON p.class_id = c.class_id"
            + scope.where(parameters, caller.agencyId());
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, parameters);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    return ids;
  }

  /**
   * SKP before and after: the participations' employees per completion year, then the ratings of the years before
   * and after for each such group (two queries per completion year), tallied here.
   */
  private ResultReport.Performance performance(Connection c, Scope scope) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT CAST(EXTRACT(YEAR FROM c.last_session_on) AS INTEGER), p.employee_id"
            + " FROM evaluation.evaluated_class c JOIN evaluation.participation p ON p.class_id = c.class_id"
            + scope.where(parameters, caller.agencyId());
    Map<Integer, List<Long>> byYear = new TreeMap<>();
    try (PreparedStatement s = prepare(c, sql, parameters);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        byYear.computeIfAbsent(r.getInt(1), y -> new ArrayList<>()).add(r.getLong(2));
      }
    }
    Map<SkpPredicate, Long> before = counts();
    Map<SkpPredicate, Long> after = counts();
    long participants = 0;
    long ratedBefore = 0;
    long ratedAfter = 0;
    long paired = 0;
    long improved = 0;
    long same = 0;
    long worse = 0;
    for (Map.Entry<Integer, List<Long>> year : byYear.entrySet()) {
      Map<Long, SkpPredicate> was = new HashMap<>(ratings.of(year.getValue(), year.getKey() - 1));
      Map<Long, SkpPredicate> is = new HashMap<>(ratings.of(year.getValue(), year.getKey() + 1));
      for (Long employee : year.getValue()) {
        participants++;
        SkpPredicate b = was.get(employee);
        SkpPredicate a = is.get(employee);
        if (b != null) {
          ratedBefore++;
          before.merge(b, 1L, Long::sum);
        }
        if (a != null) {
          ratedAfter++;
          after.merge(a, 1L, Long::sum);
        }
        if (a != null && b != null) {
          paired++;
          // Predicates are ordered best first: a smaller ordinal after is an improvement.
          int change = Integer.compare(b.ordinal(), a.ordinal());
          if (change > 0) {
            improved++;
          } else if (change == 0) {
            same++;
          } else {
            worse++;
          }
        }
      }
    }
    return new ResultReport.Performance(
        participants,
        distribution(ratedBefore, before),
        distribution(ratedAfter, after),
        paired,
        statistics.proportion(improved, paired),
        statistics.proportion(same, paired),
        statistics.proportion(worse, paired));
  }

  private static Map<SkpPredicate, Long> counts() {
    Map<SkpPredicate, Long> m = new EnumMap<>(SkpPredicate.class);
    for (SkpPredicate p : SkpPredicate.values()) {
      m.put(p, 0L);
    }
    return m;
  }

  private ResultReport.Distribution distribution(long n, Map<SkpPredicate, Long> counts) {
    return n < statistics.minimumGroup()
        ? new ResultReport.Distribution(n, null, true)
        : new ResultReport.Distribution(n, counts, false);
  }

  @Override
  @Transactional
  public BenefitEstimateView benefit(Subject subject, long id) {
    requireSubject(subject, id);
    return view(subject, id, stored(subject, id));
  }

  @Override
  @Transactional
  public BenefitEstimateView estimateBenefit(Subject subject, long id, long version, BenefitEstimateInput input) {
    requireSubject(subject, id);
    if (input == null) {
      throw new InvalidInputException("body", "must be given");
    }
    BenefitEstimate current = stored(subject, id);
    if ((current == null ? 0 : current.getVersion()) != version) {
      throw new StaleVersionException(AUDIT_SUBJECT, subject.name().toLowerCase() + " " + id);
    }
    boolean isNew = current == null;
    Long amountBefore = isNew ? null : current.getAmount();
    String basisBefore = isNew ? null : current.getBasis();
    BenefitEstimate b = isNew ? new BenefitEstimate(caller.agencyId(), subject, id) : current;
    b.estimate(input.amount, input.basis, caller.username(), OffsetDateTime.now());
    try {
      if (isNew) {
        em.persist(b);
      }
      em.flush();
    } catch (PersistenceException e) {
      // Someone entered the first estimate at the same moment: theirs stands, this one is stale.
      throw new StaleVersionException(AUDIT_SUBJECT, subject.name().toLowerCase() + " " + id);
    }
    Map<String, Object[]> changes = new LinkedHashMap<>();
    if (isNew) {
      changes.put("subject", new Object[] {null, subject.name() + " " + id});
    }
    changes.put("amount", new Object[] {amountBefore, b.getAmount()});
    changes.put("basis", new Object[] {basisBefore, b.getBasis()});
    auditTrail.record(caller.agencyId(), AUDIT_SUBJECT, b.getId(), isNew ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE, changes);
    return view(subject, id, b);
  }

  private BenefitEstimateView view(Subject subject, long id, BenefitEstimate b) {
    if (b == null) {
      return new BenefitEstimateView(true, subject.name(), id, null, null, null, null, 0);
    }
    return new BenefitEstimateView(
        true, subject.name(), id, b.getAmount(), b.getBasis(), b.getEnteredBy(),
        b.getEnteredAt().atZoneSameInstant(directory.zone()).toOffsetDateTime(), b.getVersion());
  }

  private BenefitEstimate stored(Subject subject, long id) {
    List<BenefitEstimate> found =
        em.createQuery(
                "select b from BenefitEstimate b where b.agencyId = :agency and b.subject = :subject and b.subjectId = :id",
                BenefitEstimate.class)
            .setParameter("agency", caller.agencyId())
            .setParameter("subject", subject)
            .setParameter("id", id)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  private void requireSubject(Subject subject, long id) {
    Connection c = em.unwrap(Connection.class);
    try {
      if (subject == Subject.CLASS) {
        requireClass(c, id);
      } else {
        requireCourse(c, id);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("benefit subject lookup failed", e);
    }
  }

  private void requireClass(Connection c, long classId) throws SQLException {
    if (!exists(c, "SELECT 1 FROM evaluation.evaluated_class WHERE class_id = ? AND agency_id = ?", classId)) {
      throw new NotFoundException("Evaluated class", classId);
    }
  }

  private void requireCourse(Connection c, long courseId) throws SQLException {
    if (!exists(c, "SELECT 1 FROM evaluation.evaluated_class WHERE course_id = ? AND agency_id = ? LIMIT 1", courseId)) {
      throw new NotFoundException("Evaluated course", courseId);
    }
  }

  private boolean exists(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.setLong(2, caller.agencyId());
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> parameters) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
    return s;
  }
}
