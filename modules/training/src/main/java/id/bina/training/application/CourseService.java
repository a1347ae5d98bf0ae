package id.bina.training.application;

import id.bina.competency.Competencies;
import id.bina.competency.Competencies.CompetencyRef;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import id.bina.training.ClassStatus;
import id.bina.training.CourseStatus;
import id.bina.training.CourseSummary;
import id.bina.training.CourseType;
import id.bina.training.LeadershipProgramme;
import id.bina.training.Modality;
import id.bina.training.domain.CompetencyPrerequisite;
import id.bina.training.domain.Course;
import id.bina.training.domain.CourseDetails;
import id.bina.training.domain.Eligibility;
import id.bina.training.domain.TargetCompetency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency's courses. HR managers write them; everyone of the agency reads the published ones, HR managers
 * and administrators also the drafts and retired ones. Another agency's course is not found.
 */
@ApplicationScoped
public class CourseService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject Competencies competencies;

  @Inject SearchSettings search;

  /** The filters of the catalog search; null means "any". */
  public record Filter(
      String text,
      Long competencyId,
      Modality modality,
      Boolean classical,
      CourseType type,
      Integer minLessonHours,
      Integer maxLessonHours,
      CourseStatus status,
      LocalDate classFrom,
      LocalDate classTo,
      ClassStatus classStatus) {}

  /** Whether the caller sees drafts and retired courses, and draft classes. */
  boolean seesDrafts() {
    return caller.hasAnyRole(Role.HR_MANAGER, Role.ADMIN);
  }

  /**
   * Full-text search (PostgreSQL, GIN index) with filters, best match first when there is a text, else by
   * code. One query for the page of ids, one for their courses: no query per row.
   */
  @Transactional
  public Page<CourseSummary> search(Filter f, PageRequest page) {
    if (f.minLessonHours() != null && f.maxLessonHours() != null && f.minLessonHours() > f.maxLessonHours()) {
      throw new InvalidInputException("minJp", "must not be above maxJp");
    }
    if (f.classFrom() != null && f.classTo() != null && f.classFrom().isAfter(f.classTo())) {
      throw new InvalidInputException("classFrom", "must not be after classTo");
    }
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(" FROM training.course c WHERE c.agency_id = ").append(bind(parameters, caller.agencyId()));
    if (!seesDrafts()) {
      where.append(" AND c.status = 'PUBLISHED'");
    } else if (f.status() != null) {
      where.append(" AND c.status = ").append(bind(parameters, f.status().name()));
    }
    String query = null;
    boolean hasText = f.text() != null && !f.text().isBlank();
    if (hasText) {
      query =
          "websearch_to_tsquery(CAST(" + bind(parameters, search.config()) + " AS regconfig), "
              + bind(parameters, f.text().trim()) + ")";
      where.append(" AND c.search_vector @@ ").append(query);
    }
    if (f.competencyId() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM training.course_competency cc WHERE cc.course_id = c.id AND cc.competency_id = ")
          .append(bind(parameters, f.competencyId()))
          .append(")");
    }
    if (f.modality() != null) {
      where.append(" AND c.modality = ").append(bind(parameters, f.modality().name()));
    }
    if (f.classical() != null) {
      String names =
          Arrays.stream(Modality.values())
              .filter(m -> m.classical() == f.classical())
              .map(m -> "'" + m.name() + "'")
              .collect(Collectors.joining(","));
      where.append(" AND c.modality IN (").append(names).append(")");
    }
    if (f.type() != null) {
      where.append(" AND c.course_type = ").append(bind(parameters, f.type().name()));
    }
    if (f.minLessonHours() != null) {
      where.append(" AND c.lesson_hours >= ").append(bind(parameters, f.minLessonHours()));
    }
    if (f.maxLessonHours() != null) {
      where.append(" AND c.lesson_hours <= ").append(bind(parameters, f.maxLessonHours()));
    }
    if (f.classFrom() != null || f.classTo() != null || f.classStatus() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM training.training_class k WHERE k.course_id = c.id AND k.agency_id = c.agency_id");
      if (!seesDrafts()) {
        where.append(" AND k.status <> 'DRAFT'");
      }
      if (f.classStatus() != null) {
        where.append(" AND k.status = ").append(bind(parameters, f.classStatus().name()));
      }
      if (f.classFrom() != null) {
        where.append(" AND k.last_session_on >= ").append(bind(parameters, f.classFrom()));
      }
      if (f.classTo() != null) {
        where.append(" AND k.first_session_on <= ").append(bind(parameters, f.classTo()));
      }
      where.append(")");
    }
    Query count = em.createNativeQuery("SELECT count(*)" + where);
    String order = hasText ? " ORDER BY ts_rank(c.search_vector, " + query + ") DESC, c.code, c.id" : " ORDER BY c.code, c.id";
    Query ids = em.createNativeQuery("SELECT c.id" + where + order);
    for (int i = 0; i < parameters.size(); i++) {
      count.setParameter(i + 1, parameters.get(i));
      ids.setParameter(i + 1, parameters.get(i));
    }
    List<Long> pageIds =
        ((List<?>) ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList())
            .stream().map(id -> ((Number) id).longValue()).toList();
    Map<Long, Course> courses = byId(pageIds);
    List<CourseSummary> items = pageIds.stream().map(courses::get).map(CourseService::summary).toList();
    return new Page<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
  }

  private static String bind(List<Object> parameters, Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  private Map<Long, Course> byId(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select c from Course c where c.id in :ids", Course.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Course::getId, Function.identity()));
  }

  @Transactional
  public CourseView get(long id) {
    return view(visible(id));
  }

  @Transactional
  public CourseView create(CourseInput input) {
    CourseDetails details = details(input, null);
    String code = code(input.code);
    ensureCodeFree(code, null);
    Course course = Course.draft(caller.agencyId(), code, details, search.config(), caller.username());
    em.persist(course);
    flush(em, "Your agency already has a course with code " + code);
    return view(course);
  }

  /** Replaces a course's details, provided nobody changed it since {@code version}. */
  @Transactional
  public CourseView replace(long id, long version, CourseInput input) {
    Course course = visible(id);
    if (course.getVersion() != version) {
      throw new StaleVersionException("Course", id);
    }
    CourseDetails details = details(input, id);
    String code = code(input.code);
    if (!code.equals(course.getCode())) {
      ensureCodeFree(code, id);
    }
    try {
      course.replace(code, details, search.config(), caller.username());
    } catch (IllegalStateException e) {
      throw new ConflictException("Course " + course.getCode() + ": " + e.getMessage());
    }
    flush(em, "Your agency already has a course with code " + code);
    return view(course);
  }

  @Transactional
  public CourseView publish(long id, long version) {
    return transition(id, version, c -> c.publish(caller.username()));
  }

  @Transactional
  public CourseView retire(long id, long version) {
    return transition(id, version, c -> c.retire(caller.username()));
  }

  private CourseView transition(long id, long version, java.util.function.Consumer<Course> change) {
    Course course = visible(id);
    if (course.getVersion() != version) {
      throw new StaleVersionException("Course", id);
    }
    try {
      change.accept(course);
    } catch (IllegalStateException e) {
      throw new ConflictException("Course " + course.getCode() + ": " + e.getMessage());
    }
    em.flush();
    return view(course);
  }

  /** The course if the caller may see it (404 otherwise: another agency's, or a draft for a non-manager). */
  Course visible(long id) {
    Course course = em.find(Course.class, id);
    if (course == null
        || course.getAgencyId() != caller.agencyId()
        || (!seesDrafts() && course.getStatus() != CourseStatus.PUBLISHED)) {
      throw new NotFoundException("Course", id);
    }
    return course;
  }

  java.util.Optional<CourseSummary> summaryOf(long id) {
    try {
      return java.util.Optional.of(summary(visible(id)));
    } catch (NotFoundException e) {
      return java.util.Optional.empty();
    }
  }

  private void ensureCodeFree(String code, Long except) {
    boolean taken =
        em.createQuery("select c.id from Course c where c.agencyId = :agency and c.code = :code", Long.class)
            .setParameter("agency", caller.agencyId())
            .setParameter("code", code)
            .getResultStream()
            .anyMatch(other -> !other.equals(except));
    if (taken) {
      throw new ConflictException("Your agency already has a course with code " + code);
    }
  }

  private static String code(String code) {
    String trimmed = code == null ? "" : code.trim();
    if (!trimmed.matches("^[A-Za-z0-9._/-]{1,32}$")) {
      throw new InvalidInputException("code", "must be 1 to 32 letters, digits or . _ / -");
    }
    return trimmed;
  }

  /**
   * Reads the input into checked details: unknown enumeration values, the domain's rules, and competencies
   * or courses the agency does not have are all reported together, field by field.
   */
  private CourseDetails details(CourseInput in, Long self) {
    List<FieldError> errors = new ArrayList<>();
    String codeValue = in.code == null ? "" : in.code.trim();
    if (!codeValue.matches("^[A-Za-z0-9._/-]{1,32}$")) {
      errors.add(new FieldError(null, "code", "must be 1 to 32 letters, digits or . _ / -"));
    }
    CourseType type = parse(CourseType.class, in.type, "type", errors);
    LeadershipProgramme programme = parse(LeadershipProgramme.class, in.leadershipProgramme, "leadershipProgramme", errors);
    Modality modality = parse(Modality.class, in.modality, "modality", errors);
    Course.ProviderKind providerKind =
        in.provider == null ? null : parse(Course.ProviderKind.class, in.provider.kind, "provider.kind", errors);
    String providerName = in.provider == null || in.provider.name == null ? "" : in.provider.name.trim();

    List<TargetCompetency> targets = new ArrayList<>();
    List<Long> targetIds = new ArrayList<>();
    List<CourseInput.TargetInput> targetInputs = in.targetCompetencies == null ? List.of() : in.targetCompetencies;
    for (int i = 0; i < targetInputs.size(); i++) {
      CourseInput.TargetInput t = targetInputs.get(i);
      if (t == null || t.competencyId == null) {
        errors.add(new FieldError(null, "targetCompetencies[" + i + "].competencyId", "must be given"));
        targetIds.add(null);
        continue;
      }
      targetIds.add(t.competencyId);
      targets.add(new TargetCompetency(t.competencyId, t.targetLevel == null ? 0 : t.targetLevel));
    }
    List<CompetencyPrerequisite> levels = new ArrayList<>();
    List<Long> levelIds = new ArrayList<>();
    List<Long> courseIds = new ArrayList<>();
    if (in.prerequisites != null) {
      List<CourseInput.LevelInput> levelInputs = in.prerequisites.competencies == null ? List.of() : in.prerequisites.competencies;
      for (int i = 0; i < levelInputs.size(); i++) {
        CourseInput.LevelInput l = levelInputs.get(i);
        if (l == null || l.competencyId == null) {
          errors.add(new FieldError(null, "prerequisites.competencies[" + i + "].competencyId", "must be given"));
          levelIds.add(null);
          continue;
        }
        levelIds.add(l.competencyId);
        levels.add(new CompetencyPrerequisite(l.competencyId, l.minLevel == null ? 0 : l.minLevel));
      }
      if (in.prerequisites.courseIds != null) {
        for (Long id : in.prerequisites.courseIds) {
          if (id == null) {
            errors.add(new FieldError(null, "prerequisites.courseIds", "must not hold an empty entry"));
          } else {
            courseIds.add(id);
          }
        }
      }
    }
    List<Eligibility> eligibility = new ArrayList<>();
    if (in.eligibility != null) {
      addAll(eligibility, Eligibility.Kind.RANK, in.eligibility.ranks, String::trim);
      addAll(
          eligibility,
          Eligibility.Kind.POSITION_CLASS,
          in.eligibility.positionClasses,
          v -> v.trim().toUpperCase(Locale.ROOT));
      addAll(eligibility, Eligibility.Kind.UNIT, in.eligibility.unitIds, String::valueOf);
      if (in.eligibility.unitIds != null) {
        for (int i = 0; i < in.eligibility.unitIds.size(); i++) {
          Long unit = in.eligibility.unitIds.get(i);
          if (unit != null
              && em.createNativeQuery("SELECT 1 FROM platform.unit_directory WHERE unit_id = ?1 AND agency_id = ?2")
                  .setParameter(1, unit)
                  .setParameter(2, caller.agencyId())
                  .getResultList()
                  .isEmpty()) {
            errors.add(new FieldError(null, "eligibility.unitIds[" + i + "]", "no unit " + unit + " in your agency"));
          }
        }
      }
    }
    CourseDetails details =
        new CourseDetails(
            in.title == null ? null : in.title.trim(),
            in.description,
            type,
            programme,
            modality,
            in.lessonHours,
            providerKind,
            providerName,
            in.costPerParticipant,
            targets,
            courseIds,
            levels,
            eligibility);
    for (FieldError e : details.problems()) {
      // Unknown enumeration values were reported above with the accepted values.
      boolean reported = errors.stream().anyMatch(known -> known.field().equals(e.field()));
      if (!reported) {
        errors.add(e);
      }
    }
    // Competencies through the competency module's lookup: the national ones and the agency's own.
    Set<Long> wanted = new HashSet<>();
    targetIds.stream().filter(id -> id != null).forEach(wanted::add);
    levelIds.stream().filter(id -> id != null).forEach(wanted::add);
    Map<Long, CompetencyRef> found = competencies.visible(wanted);
    checkCompetencies(targetIds, "targetCompetencies", found, errors);
    checkCompetencies(levelIds, "prerequisites.competencies", found, errors);
    if (!courseIds.isEmpty()) {
      if (self != null && courseIds.contains(self)) {
        errors.add(new FieldError(null, "prerequisites.courseIds", "a course is not its own prerequisite"));
      }
      Set<Long> known = new HashSet<>(
          em.createQuery("select c.id from Course c where c.agencyId = :agency and c.id in :ids", Long.class)
              .setParameter("agency", caller.agencyId())
              .setParameter("ids", courseIds)
              .getResultList());
      for (Long id : courseIds) {
        if (!known.contains(id)) {
          errors.add(new FieldError(null, "prerequisites.courseIds", "no course " + id + " in your agency"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return details;
  }

  private static void checkCompetencies(
      List<Long> ids, String field, Map<Long, CompetencyRef> found, List<FieldError> errors) {
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null) {
        continue;
      }
      CompetencyRef ref = found.get(id);
      if (ref == null) {
        errors.add(new FieldError(null, field + "[" + i + "].competencyId", "no competency " + id + " in your agency's dictionary"));
      } else if (ref.retired()) {
        errors.add(new FieldError(null, field + "[" + i + "].competencyId", "competency " + ref.code() + " is retired"));
      }
    }
  }

  private static <T> void addAll(
      List<Eligibility> into, Eligibility.Kind kind, List<T> values, Function<T, String> text) {
    if (values != null) {
      values.stream().filter(v -> v != null).map(text).distinct().forEach(v -> into.add(new Eligibility(kind, v)));
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(null, field, "must be one of " + Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  static CourseSummary summary(Course c) {
    return new CourseSummary(
        c.getId(),
        c.getCode(),
        c.getTitle(),
        c.getType(),
        c.getModality(),
        c.getModality().classical(),
        c.getLessonHours(),
        c.getProviderName(),
        c.getCostPerParticipant(),
        c.getStatus());
  }

  private CourseView view(Course c) {
    List<TargetCompetency> targets = c.getTargetCompetencies();
    List<CompetencyPrerequisite> levels = c.getPrerequisiteCompetencies();
    Set<Long> ids = new HashSet<>();
    targets.forEach(t -> ids.add(t.getCompetencyId()));
    levels.forEach(l -> ids.add(l.getCompetencyId()));
    Map<Long, CompetencyRef> refs = competencies.visible(ids);
    Map<Long, Course> required = byId(c.getPrerequisiteCourses());
    Map<Eligibility.Kind, List<String>> eligibility = new LinkedHashMap<>();
    for (Eligibility e : c.getEligibility()) {
      eligibility.computeIfAbsent(e.getKind(), k -> new ArrayList<>()).add(e.getValue());
    }
    eligibility.values().forEach(values -> values.sort(null));
    ZoneId zone = directory.zone();
    return new CourseView(
        c.getId(),
        c.getCode(),
        c.getTitle(),
        c.getDescription(),
        c.getType(),
        c.getLeadershipProgramme(),
        c.getModality(),
        c.getModality().classical(),
        c.getLessonHours(),
        c.getLessonHours() * 45,
        new CourseView.Provider(c.getProviderKind().name(), c.getProviderName()),
        c.getCostPerParticipant(),
        targets.stream()
            .sorted(java.util.Comparator.comparing(TargetCompetency::getCompetencyId))
            .map(t -> {
              CompetencyRef ref = refs.get(t.getCompetencyId());
              return new CourseView.Target(
                  t.getCompetencyId(), ref == null ? null : ref.code(), ref == null ? null : ref.name(), t.getTargetLevel());
            })
            .toList(),
        new CourseView.Prerequisites(
            required.values().stream()
                .sorted(java.util.Comparator.comparing(Course::getCode))
                .map(r -> new CourseView.CourseRef(r.getId(), r.getCode(), r.getTitle()))
                .toList(),
            levels.stream()
                .sorted(java.util.Comparator.comparing(CompetencyPrerequisite::getCompetencyId))
                .map(l -> {
                  CompetencyRef ref = refs.get(l.getCompetencyId());
                  return new CourseView.Level(
                      l.getCompetencyId(), ref == null ? null : ref.code(), ref == null ? null : ref.name(), l.getMinLevel());
                })
                .toList()),
        new CourseView.EligibilityView(
            eligibility.getOrDefault(Eligibility.Kind.RANK, List.of()),
            eligibility.getOrDefault(Eligibility.Kind.POSITION_CLASS, List.of()),
            eligibility.getOrDefault(Eligibility.Kind.UNIT, List.of()).stream().map(Long::valueOf).sorted().toList()),
        c.getStatus(),
        local(c.getCreatedAt(), zone),
        c.getCreatedBy(),
        local(c.getUpdatedAt(), zone),
        c.getUpdatedBy(),
        c.getVersion());
  }

  /**
   * Flushes, answering 409 when a concurrent writer took the same unique code first (the check before is
   * only a friendly message; the unique index decides).
   */
  static void flush(EntityManager em, String conflict) {
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
          throw new ConflictException(conflict);
        }
      }
      throw e;
    }
  }

  static OffsetDateTime local(OffsetDateTime utc, ZoneId zone) {
    return utc == null ? null : utc.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
