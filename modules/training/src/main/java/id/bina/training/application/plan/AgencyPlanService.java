package id.bina.training.application.plan;

import id.bina.competency.Competencies;
import id.bina.competency.Competencies.CompetencyRef;
import id.bina.competency.CompetencyGaps;
import id.bina.competency.CompetencyProfiles;
import id.bina.competency.HeatMapView;
import id.bina.competency.ProfileView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import id.bina.training.CourseStatus;
import id.bina.training.CourseType;
import id.bina.training.Modality;
import id.bina.training.domain.Course;
import id.bina.training.domain.plan.AgencyPlan;
import id.bina.training.domain.plan.AgencyPlanStatus;
import id.bina.training.domain.plan.GapCoverage;
import id.bina.training.domain.plan.LineDetails;
import id.bina.training.domain.plan.PlanLine;
import id.bina.training.domain.plan.UnitSeats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The agency's annual competency development plan (PP 11/2017 art. 205-207), for HR managers: the plan and its
 * lines, proposals from the competency gaps and the approved IDPs, what the plan adds up to (people below
 * standard in each line's target, gaps its seats close, cost, plan versus actual) and its approval by another
 * HR manager. Counts over people come from the competency module's aggregate SQL (heat map, employees with a
 * gap) and this module's SQL over the platform's published directory views; nothing loads a whole agency.
 */
@ApplicationScoped
public class AgencyPlanService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject Competencies competencies;

  @Inject CompetencyGaps gaps;

  @Inject CompetencyProfiles profiles;

  @Inject RatingService ratings;

  /** Seats of one class when a proposal turns people into classes. */
  @Inject
  @ConfigProperty(name = "bina.training.plan.class-size", defaultValue = "30")
  int classSize;

  @Transactional
  public Page<AgencyPlanView.Summary> list(Integer year, PageRequest page) {
    String where = " from AgencyPlan p where p.agencyId = :agency" + (year == null ? "" : " and p.year = :year");
    var count = em.createQuery("select count(p)" + where, Long.class).setParameter("agency", caller.agencyId());
    var rows = em.createQuery("select p" + where + " order by p.year desc", AgencyPlan.class).setParameter("agency", caller.agencyId());
    if (year != null) {
      count.setParameter("year", year);
      rows.setParameter("year", year);
    }
    List<AgencyPlan> plans = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<Long, long[]> sums = new HashMap<>();
    if (!plans.isEmpty()) {
      em.createQuery(
              "select l.planId, count(l), coalesce(sum(l.seats), 0), coalesce(sum(l.budget), 0) from PlanLine l where l.planId in :ids group by l.planId",
              Object[].class)
          .setParameter("ids", plans.stream().map(AgencyPlan::getId).toList())
          .getResultList()
          .forEach(r -> sums.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
    }
    List<AgencyPlanView.Summary> items =
        plans.stream()
            .map(p -> {
              long[] s = sums.getOrDefault(p.getId(), new long[3]);
              return new AgencyPlanView.Summary(p.getId(), p.getYear(), p.getStatus().name(), (int) s[0], (int) s[1], s[2], p.getVersion());
            })
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Transactional
  public AgencyPlanView create(AgencyPlanInput input) {
    int year = input.year == null ? LocalDate.now(directory.zone()).getYear() + 1 : input.year;
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("year", "must be a year from 2000 to 2100");
    }
    boolean exists =
        !em.createQuery("select p.id from AgencyPlan p where p.agencyId = :agency and p.year = :year", Long.class)
            .setParameter("agency", caller.agencyId())
            .setParameter("year", year)
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new ConflictException("Your agency already has a development plan for " + year);
    }
    AgencyPlan plan = AgencyPlan.draft(caller.agencyId(), year, caller.username());
    em.persist(plan);
    PlanFlush.flush(em, "Your agency already has a development plan for " + year);
    return view(plan);
  }

  @Transactional
  public AgencyPlanView get(long id) {
    return view(find(id));
  }

  @Transactional
  public AgencyPlanView addLine(long id, long version, AgencyPlanInput.LineInput input) {
    AgencyPlan plan = editable(id, version);
    LineDetails details = details(input, plan.getYear());
    plan.changed(caller.username());
    em.persist(new PlanLine(plan.getId(), details));
    em.flush();
    return view(plan);
  }

  @Transactional
  public AgencyPlanView replaceLine(long id, long lineId, long version, AgencyPlanInput.LineInput input) {
    AgencyPlan plan = editable(id, version);
    PlanLine line = line(plan, lineId);
    LineDetails details = details(input, plan.getYear());
    plan.changed(caller.username());
    line.replace(details);
    em.flush();
    return view(plan);
  }

  @Transactional
  public AgencyPlanView removeLine(long id, long lineId, long version) {
    AgencyPlan plan = editable(id, version);
    PlanLine line = line(plan, lineId);
    plan.changed(caller.username());
    em.remove(line);
    em.flush();
    return view(plan);
  }

  @Transactional
  public AgencyPlanView approve(long id, long version) {
    AgencyPlan plan = find(id);
    checkVersion(plan, version);
    try {
      plan.approve(caller.username(), lines(plan).size());
    } catch (AgencyPlan.SelfApprovalException e) {
      throw new AccessDeniedException("Nobody approves a plan they created or changed last: another HR manager approves it");
    } catch (IllegalStateException e) {
      throw new ConflictException("Development plan " + plan.getYear() + ": " + e.getMessage());
    }
    em.flush();
    return view(plan);
  }

  private AgencyPlan editable(long id, long version) {
    AgencyPlan plan = find(id);
    checkVersion(plan, version);
    if (plan.getStatus() != AgencyPlanStatus.DRAFT) {
      throw new ConflictException("Development plan " + plan.getYear() + " is approved: it is no longer edited");
    }
    return plan;
  }

  private static void checkVersion(AgencyPlan plan, long version) {
    if (plan.getVersion() != version) {
      throw new StaleVersionException("AgencyPlan", plan.getId());
    }
  }

  AgencyPlan find(long id) {
    AgencyPlan plan = em.find(AgencyPlan.class, id);
    if (plan == null || plan.getAgencyId() != caller.agencyId()) {
      throw new NotFoundException("AgencyPlan", id);
    }
    return plan;
  }

  private PlanLine line(AgencyPlan plan, long lineId) {
    PlanLine line = em.find(PlanLine.class, lineId);
    if (line == null || line.getPlanId() != plan.getId()) {
      throw new NotFoundException("AgencyPlanLine", lineId);
    }
    return line;
  }

  private List<PlanLine> lines(AgencyPlan plan) {
    return em.createQuery("select l from PlanLine l where l.planId = :plan order by l.id", PlanLine.class)
        .setParameter("plan", plan.getId())
        .getResultList();
  }

  /** Reads a line: enumerations and dates, the domain's rules, and the competency, units, employees and course of the agency. */
  private LineDetails details(AgencyPlanInput.LineInput in, int year) {
    if (in == null) {
      throw new InvalidInputException("line", "must be given");
    }
    List<FieldError> errors = new ArrayList<>();
    CourseType type = DevelopmentPlanService.parse(CourseType.class, in.developmentType, "developmentType", errors);
    Modality modality = DevelopmentPlanService.parse(Modality.class, in.modality, "modality", errors);
    Course.ProviderKind kind = in.provider == null ? null : DevelopmentPlanService.parse(Course.ProviderKind.class, in.provider.kind, "provider.kind", errors);
    LocalDate startsOn = date(in.startsOn, "startsOn", errors);
    LocalDate endsOn = date(in.endsOn, "endsOn", errors);
    List<UnitSeats> unitSeats = new ArrayList<>();
    List<AgencyPlanInput.Seats> seatInputs = in.unitSeats == null ? List.of() : in.unitSeats;
    for (int i = 0; i < seatInputs.size(); i++) {
      AgencyPlanInput.Seats s = seatInputs.get(i);
      if (s == null || s.unitId == null || s.seats == null) {
        errors.add(new FieldError(null, "unitSeats[" + i + "]", "needs a unitId and seats"));
        continue;
      }
      unitSeats.add(new UnitSeats(s.unitId, s.seats));
    }
    List<Long> employees = in.employees == null ? List.of() : in.employees.stream().filter(e -> e != null).toList();
    LineDetails details =
        new LineDetails(
            in.competencyId, in.targetUnitId, in.minGap, employees, type, modality, kind,
            in.provider == null ? null : in.provider.name, in.plannedQuarter, startsOn, endsOn,
            in.classes, in.seats, unitSeats, in.budget, in.courseId, in.note);
    for (FieldError e : details.problems(year)) {
      if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
        errors.add(e);
      }
    }
    if (in.competencyId != null) {
      CompetencyRef ref = competencies.visible(List.of(in.competencyId)).get(in.competencyId);
      if (ref == null) {
        errors.add(new FieldError(null, "competencyId", "no competency " + in.competencyId + " in your agency's dictionary"));
      } else if (ref.retired()) {
        errors.add(new FieldError(null, "competencyId", "competency " + ref.code() + " is retired"));
      }
    }
    Set<Long> units = new HashSet<>();
    if (in.targetUnitId != null) {
      units.add(in.targetUnitId);
    }
    unitSeats.forEach(u -> units.add(u.getUnitId()));
    Map<Long, String> known = unitNames(units);
    if (in.targetUnitId != null && !known.containsKey(in.targetUnitId)) {
      errors.add(new FieldError(null, "targetUnitId", "no unit " + in.targetUnitId + " in your agency"));
    }
    for (int i = 0; i < unitSeats.size(); i++) {
      if (!known.containsKey(unitSeats.get(i).getUnitId())) {
        errors.add(new FieldError(null, "unitSeats[" + i + "].unitId", "no unit " + unitSeats.get(i).getUnitId() + " in your agency"));
      }
    }
    if (!employees.isEmpty()) {
      Set<Long> found = activeEmployees(employees);
      for (Long e : employees) {
        if (!found.contains(e)) {
          errors.add(new FieldError(null, "employees", "no active employee " + e + " in your agency"));
        }
      }
    }
    if (in.courseId != null) {
      Course course = em.find(Course.class, in.courseId);
      if (course == null || course.getAgencyId() != caller.agencyId()) {
        errors.add(new FieldError(null, "courseId", "no course " + in.courseId + " in your agency"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return details;
  }

  private static LocalDate date(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(null, field, "must be a date (yyyy-mm-dd)"));
      return null;
    }
  }

  private Map<Long, String> unitNames(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s = c.prepareStatement("SELECT unit_id, name FROM platform.unit_directory WHERE agency_id = ? AND unit_id = ANY (?)")) {
      s.setLong(1, caller.agencyId());
      s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.put(r.getLong(1), r.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("unit lookup failed", e);
    }
    return names;
  }

  private Set<Long> activeEmployees(Collection<Long> ids) {
    Set<Long> found = new HashSet<>();
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s =
        c.prepareStatement("SELECT employee_id FROM platform.employee_directory WHERE agency_id = ? AND active AND employee_id = ANY (?)")) {
      s.setLong(1, caller.agencyId());
      s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("employee lookup failed", e);
    }
    return found;
  }

  /** People below standard in each line's competency within its target, with the counts cached per unit. */
  private final class BelowStandard {
    private final Map<Optional<Long>, Map<Long, Long>> heatMaps = new HashMap<>();
    private final Map<Long, Map<Long, ProfileView.Line>> profilesById = new HashMap<>();

    long of(PlanLine line) {
      if (!line.getEmployees().isEmpty()) {
        long below = 0;
        for (long employee : line.getEmployees()) {
          ProfileView.Line l = profilesById.computeIfAbsent(employee, this::profile).get(line.getCompetencyId());
          if (l != null && l.requiredLevel() != null && l.currentLevel() != null && l.requiredLevel() - l.currentLevel() >= line.getMinGap()) {
            below++;
          }
        }
        return below;
      }
      try {
        if (line.getMinGap() == 1) {
          return heatMaps.computeIfAbsent(Optional.ofNullable(line.getTargetUnitId()), this::totals).getOrDefault(line.getCompetencyId(), 0L);
        }
        return gaps.employeesWithGap(line.getTargetUnitId(), line.getCompetencyId(), line.getMinGap(), false, new PageRequest(0, 1)).totalItems();
      } catch (NotFoundException e) {
        return 0; // the unit is gone from the tree: nobody left to count
      }
    }

    private Map<Long, Long> totals(Optional<Long> unit) {
      Map<Long, Long> below = new HashMap<>();
      gaps.heatMap(unit.orElse(null)).total().cells().forEach(cell -> below.put(cell.competencyId(), cell.below()));
      return below;
    }

    private Map<Long, ProfileView.Line> profile(long employee) {
      Map<Long, ProfileView.Line> lines = new HashMap<>();
      try {
        profiles.profileOf(employee).competencies().forEach(l -> lines.put(l.competencyId(), l));
      } catch (NotFoundException e) {
        // left the agency since: not counted
      }
      return lines;
    }
  }

  private record Actuals(Map<Long, AgencyPlanView.Actual> byCourse, Map<Long, Map<Long, Integer>> filledByCourseAndUnit) {}

  /**
   * Plan versus actual per course from the enrolments of its classes whose first session falls in the plan's
   * year: confirmed seats (confirmed, then completed or not) and completions, the JP and money they make; per
   * unit, the confirmed seats of people of the unit's subtree.
   */
  private Actuals actuals(int year, Collection<Long> courseIds, Collection<Long> unitIds) {
    Map<Long, AgencyPlanView.Actual> byCourse = new HashMap<>();
    Map<Long, Map<Long, Integer>> filled = new HashMap<>();
    if (courseIds.isEmpty()) {
      return new Actuals(byCourse, filled);
    }
    Connection c = em.unwrap(Connection.class);
    String classes =
        " FROM training.training_class k JOIN training.course c ON c.id = k.course_id"
            + " WHERE k.agency_id = ? AND k.course_id = ANY (?) AND k.status NOT IN ('DRAFT', 'CANCELLED')"
            + " AND k.first_session_on BETWEEN ? AND ?";
    String confirmed = "e.status IN ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')";
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT k.course_id, count(*), sum(k.capacity), sum(n.filled), sum(n.completed),"
                    + " sum(n.completed) * max(c.lesson_hours), sum(n.completed) * max(c.cost_per_participant)"
                    + " FROM training.training_class k JOIN training.course c ON c.id = k.course_id"
                    + " CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE " + confirmed + ") AS filled,"
                    + " count(*) FILTER (WHERE e.status = 'COMPLETED') AS completed"
                    + " FROM training.enrolment e WHERE e.class_id = k.id) n"
                    + classes.substring(classes.indexOf(" WHERE"))
                    + " GROUP BY k.course_id");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT k.course_id, u.unit_id, count(*)"
                    + " FROM training.training_class k JOIN training.course c ON c.id = k.course_id"
                    + " JOIN training.enrolment e ON e.class_id = k.id AND " + confirmed
                    + " JOIN platform.employee_directory p ON p.employee_id = e.employee_id"
                    + " JOIN platform.unit_directory mine ON mine.unit_id = p.unit_id"
                    + " JOIN platform.unit_directory u ON u.unit_id = ANY (?) AND mine.unit_path LIKE u.unit_path || '%'"
                    + classes.substring(classes.indexOf(" WHERE"))
                    + " GROUP BY k.course_id, u.unit_id")) {
      s.setLong(1, caller.agencyId());
      s.setArray(2, c.createArrayOf("bigint", courseIds.toArray()));
      s.setDate(3, Date.valueOf(LocalDate.of(year, 1, 1)));
      s.setDate(4, Date.valueOf(LocalDate.of(year, 12, 31)));
      q.setArray(1, c.createArrayOf("bigint", unitIds.toArray()));
      q.setLong(2, caller.agencyId());
      q.setArray(3, c.createArrayOf("bigint", courseIds.toArray()));
      q.setDate(4, Date.valueOf(LocalDate.of(year, 1, 1)));
      q.setDate(5, Date.valueOf(LocalDate.of(year, 12, 31)));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          byCourse.put(
              r.getLong(1),
              new AgencyPlanView.Actual(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getLong(6), r.getLong(7), 0));
        }
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          filled.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getLong(2), r.getInt(3));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("plan actuals failed", e);
    }
    return new Actuals(byCourse, filled);
  }

  AgencyPlanView view(AgencyPlan plan) {
    List<PlanLine> lines = lines(plan);
    Set<Long> competencyIds = new HashSet<>();
    Set<Long> unitIds = new HashSet<>();
    Set<Long> courseIds = new HashSet<>();
    for (PlanLine l : lines) {
      competencyIds.add(l.getCompetencyId());
      if (l.getTargetUnitId() != null) {
        unitIds.add(l.getTargetUnitId());
      }
      l.getUnitSeats().forEach(u -> unitIds.add(u.getUnitId()));
      if (l.getCourseId() != null) {
        courseIds.add(l.getCourseId());
      }
    }
    Map<Long, CompetencyRef> refs = competencies.visible(competencyIds);
    Map<Long, String> units = unitNames(unitIds);
    Map<Long, Course> courses = new HashMap<>();
    courseIds.forEach(id -> courses.put(id, em.find(Course.class, id)));
    Set<Long> seatUnits = new HashSet<>();
    lines.forEach(l -> l.getUnitSeats().forEach(u -> seatUnits.add(u.getUnitId())));
    Actuals actuals = actuals(plan.getYear(), courseIds, seatUnits);
    BelowStandard below = new BelowStandard();
    AgencyPlanView.Actual none = new AgencyPlanView.Actual(0, 0, 0, 0, 0, 0, 0);
    List<AgencyPlanView.Line> views = new ArrayList<>();
    int classes = 0;
    int seats = 0;
    long budget = 0;
    long closed = 0;
    int filled = 0;
    long jp = 0;
    long spent = 0;
    int completed = 0;
    for (PlanLine l : lines) {
      CompetencyRef ref = refs.get(l.getCompetencyId());
      Course course = l.getCourseId() == null ? null : courses.get(l.getCourseId());
      AgencyPlanView.Actual found = l.getCourseId() == null ? none : actuals.byCourse().getOrDefault(l.getCourseId(), none);
      AgencyPlanView.Actual actual =
          new AgencyPlanView.Actual(
              found.classes(), found.capacity(), found.seatsFilled(), found.completed(), found.jpDelivered(), found.spent(),
              l.getBudget() - found.spent());
      Map<Long, Integer> unitFilled = l.getCourseId() == null ? Map.of() : actuals.filledByCourseAndUnit().getOrDefault(l.getCourseId(), Map.of());
      long people = below.of(l);
      long lineClosed = GapCoverage.gapsClosed(people, l.getSeats());
      views.add(
          new AgencyPlanView.Line(
              l.getId(),
              l.getCompetencyId(),
              ref == null ? null : ref.code(),
              ref == null ? null : ref.name(),
              new AgencyPlanView.Target(
                  l.getTargetUnitId(), l.getTargetUnitId() == null ? null : units.get(l.getTargetUnitId()), l.getMinGap(), l.getEmployees()),
              l.getDevelopmentType(),
              l.getModality(),
              l.getModality().classical(),
              l.getProviderKind().name(),
              l.getProviderName(),
              l.getPlannedQuarter(),
              l.getStartsOn(),
              l.getEndsOn(),
              l.getClasses(),
              l.getSeats(),
              l.getUnitSeats().stream()
                  .map(u -> new AgencyPlanView.UnitSeatsView(u.getUnitId(), units.get(u.getUnitId()), u.getSeats(), unitFilled.getOrDefault(u.getUnitId(), 0)))
                  .toList(),
              l.getBudget(),
              GapCoverage.costPerSeat(l.getBudget(), l.getSeats()),
              l.getCourseId(),
              course == null ? null : course.getCode(),
              course == null ? null : course.getTitle(),
              l.getNote(),
              people,
              lineClosed,
              actual));
      classes += l.getClasses();
      seats += l.getSeats();
      budget += l.getBudget();
      closed += lineClosed;
      filled += actual.seatsFilled();
      jp += actual.jpDelivered();
      spent += actual.spent();
      completed += actual.completed();
    }
    RatingService.Summary performance = ratings.summary(plan.getYear() - 1, null);
    ZoneId zone = directory.zone();
    return new AgencyPlanView(
        plan.getId(),
        plan.getYear(),
        plan.getStatus().name(),
        views,
        new AgencyPlanView.Totals(lines.size(), classes, seats, budget, closed, filled, jp, spent, completed, budget - spent),
        new AgencyPlanView.Performance(
            performance.year(), performance.predicates(), performance.belowExpectation(), performance.rated(), performance.notRated()),
        DevelopmentPlanService.local(plan.getApprovedAt(), zone),
        plan.getApprovedBy(),
        DevelopmentPlanService.local(plan.getCreatedAt(), zone),
        plan.getCreatedBy(),
        DevelopmentPlanService.local(plan.getUpdatedAt(), zone),
        plan.getUpdatedBy(),
        plan.getVersion());
  }

  /**
   * Competencies to plan for in the agency (or the unit's subtree): the most people below standard first (the
   * heat map's totals), with the approved IDPs of the plan's year rolled up per competency and activity; each
   * with a suggested line (the course most chosen in the IDPs, else the published course building it highest).
   */
  @Transactional
  public List<PlanProposal> proposals(long planId, Long unitId, int limit) {
    AgencyPlan plan = find(planId);
    if (limit < 1 || limit > 100) {
      throw new InvalidInputException("limit", "must be from 1 to 100");
    }
    HeatMapView heat = gaps.heatMap(unitId);
    Map<Long, HeatMapView.Column> columns = new HashMap<>();
    heat.competencies().forEach(col -> columns.put(col.id(), col));
    Map<Long, HeatMapView.Cell> cells = new HashMap<>();
    heat.total().cells().forEach(cell -> cells.put(cell.competencyId(), cell));
    Connection c = em.unwrap(Connection.class);
    Map<Long, Long> idpPeople = new HashMap<>();
    Map<Long, List<PlanProposal.IdpActivity>> idpActivities = new HashMap<>();
    try {
      String subtree = ratings.subtree(c, unitId);
      String approved =
          " FROM training.development_plan p JOIN platform.employee_directory d ON d.employee_id = p.employee_id"
              + " WHERE p.agency_id = ? AND d.agency_id = ? AND p.plan_year = ? AND p.status = 'APPROVED' AND d.unit_path LIKE ?";
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT g.competency_id, count(DISTINCT p.employee_id)" + approved.replace(" WHERE", " JOIN training.development_plan_gap g ON g.plan_id = p.id WHERE")
                  + " GROUP BY g.competency_id")) {
        bindApproved(s, plan.getYear(), subtree);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            idpPeople.put(r.getLong(1), r.getLong(2));
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT a.competency_id, a.kind, a.modality, a.course_id, c.code, count(DISTINCT p.employee_id), sum(a.planned_jp)"
                  + approved.replace(
                      " WHERE",
                      " JOIN training.development_plan_activity a ON a.plan_id = p.id LEFT JOIN training.course c ON c.id = a.course_id WHERE a.competency_id IS NOT NULL AND")
                  + " GROUP BY a.competency_id, a.kind, a.modality, a.course_id, c.code ORDER BY 6 DESC, 2, 3")) {
        bindApproved(s, plan.getYear(), subtree);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            idpActivities
                .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(new PlanProposal.IdpActivity(r.getString(2), r.getString(3), (Long) r.getObject(4), r.getString(5), r.getLong(6), r.getLong(7)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("IDP roll-up failed", e);
    }
    Set<Long> candidates = new HashSet<>(idpPeople.keySet());
    cells.values().stream().filter(cell -> cell.below() > 0).forEach(cell -> candidates.add(cell.competencyId()));
    Map<Long, CompetencyRef> refs = competencies.visible(candidates);
    List<Long> ranked =
        candidates.stream()
            .filter(refs::containsKey)
            .sorted(
                Comparator.<Long>comparingLong(id -> cells.containsKey(id) ? cells.get(id).below() : 0).reversed()
                    .thenComparing(Comparator.<Long>comparingLong(id -> idpPeople.getOrDefault(id, 0L)).reversed())
                    .thenComparing(id -> refs.get(id).code()))
            .limit(limit)
            .toList();
    Map<Long, Course> bestCourses = bestCourses(ranked);
    List<PlanProposal> proposals = new ArrayList<>();
    for (long id : ranked) {
      CompetencyRef ref = refs.get(id);
      HeatMapView.Cell cell = cells.get(id);
      long people = cell == null ? 0 : cell.below();
      long chose = idpPeople.getOrDefault(id, 0L);
      List<PlanProposal.IdpActivity> activities = idpActivities.getOrDefault(id, List.of());
      Course course =
          activities.stream()
              .filter(a -> a.courseId() != null)
              .map(a -> em.find(Course.class, a.courseId()))
              .filter(k -> k != null && k.getStatus() == CourseStatus.PUBLISHED)
              .findFirst()
              .orElse(bestCourses.get(id));
      AgencyPlanInput.LineInput line = new AgencyPlanInput.LineInput();
      line.competencyId = id;
      line.targetUnitId = unitId;
      line.minGap = 1;
      Modality modality =
          course != null
              ? course.getModality()
              : activities.isEmpty() || activities.get(0).modality() == null ? Modality.CLASSROOM : Modality.valueOf(activities.get(0).modality());
      line.modality = modality.name();
      line.developmentType =
          course != null ? course.getType().name() : "SOCIO_CULTURAL".equals(ref.category()) ? CourseType.SOCIO_CULTURAL.name() : CourseType.TECHNICAL.name();
      line.provider = new AgencyPlanInput.Provider();
      line.provider.kind = course == null ? Course.ProviderKind.INTERNAL.name() : course.getProviderKind().name();
      line.provider.name = course == null ? "" : course.getProviderName();
      line.plannedQuarter = 1;
      int seats = (int) Math.min(Math.max(people, chose), 1_000_000);
      line.seats = seats;
      line.classes = GapCoverage.classesFor(seats, classSize, modality.classical());
      line.budget = course == null ? 0L : seats * course.getCostPerParticipant();
      line.courseId = course == null ? null : course.getId();
      line.note = "";
      proposals.add(
          new PlanProposal(
              id,
              ref.code(),
              ref.name(),
              ref.category(),
              cell == null ? 0 : cell.required(),
              people,
              cell == null ? null : cell.averageGap(),
              chose,
              activities,
              line));
    }
    return proposals;
  }

  private void bindApproved(PreparedStatement s, int year, String subtree) throws SQLException {
    s.setLong(1, caller.agencyId());
    s.setLong(2, caller.agencyId());
    s.setInt(3, year);
    s.setString(4, subtree);
  }

  /** Per competency, the agency's published course that builds it to the highest level (then by code). */
  private Map<Long, Course> bestCourses(List<Long> competencyIds) {
    Map<Long, Course> best = new LinkedHashMap<>();
    if (competencyIds.isEmpty()) {
      return best;
    }
    for (Object[] r :
        em.createQuery(
                "select t.competencyId, c from Course c join c.targetCompetencies t where c.agencyId = :agency"
                    + " and c.status = :published and t.competencyId in :ids order by t.targetLevel desc, c.code",
                Object[].class)
            .setParameter("agency", caller.agencyId())
            .setParameter("published", CourseStatus.PUBLISHED)
            .setParameter("ids", competencyIds)
            .getResultList()) {
      best.putIfAbsent((Long) r[0], (Course) r[1]);
    }
    return best;
  }

  /** The export's columns (Indonesian: the plan goes to the agency's offices as it is). */
  public static final List<String> EXPORT_HEADER =
      List.of(
          "Kode kompetensi", "Kompetensi", "Unit sasaran", "Pegawai sasaran", "Kesenjangan minimal", "Jenis pengembangan",
          "Jalur", "Bentuk", "Penyelenggara", "Jenis penyelenggara", "Triwulan", "Mulai", "Selesai", "Jumlah kelas",
          "Jumlah kursi", "Kursi per unit", "Anggaran (Rp)", "Biaya per kursi (Rp)", "Pelatihan", "Pegawai di bawah standar",
          "Kesenjangan tertutup", "Kelas terlaksana", "Kursi terisi", "JP terlaksana", "Biaya terealisasi (Rp)", "Peserta lulus",
          "Sisa anggaran (Rp)", "Catatan");

  /** One row per line and a total row, from the plan as {@link #get} shows it. */
  public static void export(AgencyPlanView plan, id.bina.platform.rest.TableExport.Rows out) {
    for (AgencyPlanView.Line l : plan.lines()) {
      out.add(
          l.competencyCode(),
          l.competencyName(),
          l.target().employees().isEmpty() ? (l.target().unitId() == null ? "Seluruh instansi" : l.target().unitName()) : "",
          l.target().employees().isEmpty() ? "" : l.target().employees().size() + " pegawai",
          l.target().minGap(),
          l.developmentType().name(),
          l.classical() ? "Klasikal" : "Nonklasikal",
          l.modality().name(),
          l.providerName(),
          l.providerKind(),
          l.plannedQuarter(),
          l.startsOn(),
          l.endsOn(),
          l.classes(),
          l.seats(),
          String.join("; ", l.unitSeats().stream().map(u -> u.unitName() + ": " + u.planned()).toList()),
          l.budget(),
          l.costPerSeat(),
          l.courseCode() == null ? "" : l.courseCode() + " " + l.courseTitle(),
          l.peopleBelowStandard(),
          l.gapsClosed(),
          l.actual().classes(),
          l.actual().seatsFilled(),
          l.actual().jpDelivered(),
          l.actual().spent(),
          l.actual().completed(),
          l.actual().budgetRemaining(),
          l.note());
    }
    AgencyPlanView.Totals t = plan.totals();
    out.add(
        "Jumlah", null, null, null, null, null, null, null, null, null, null, null, null, t.classes(), t.seats(), null, t.budget(), null, null,
        null, t.gapsClosed(), null, t.seatsFilled(), t.jpDelivered(), t.spent(), t.completed(),
        t.budgetRemaining(), null);
  }
}
