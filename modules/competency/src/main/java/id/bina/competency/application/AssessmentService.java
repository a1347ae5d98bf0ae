package id.bina.competency.application;

import id.bina.competency.AssessmentMethod;
import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileReaders;
import id.bina.competency.ProfileView;
import id.bina.competency.domain.Assessment;
import id.bina.competency.domain.Competency;
import id.bina.competency.domain.CompetencyProfile;
import id.bina.competency.domain.GapAnalysis;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assessments and the profile derived from them. Who may see an employee's profile: the employee, their
 * direct supervisor and the agency's HR managers; anyone else gets 404. Who may assess: the employee
 * themselves (self-assessment only), their direct supervisor (SUPERVISOR), HR for the other methods; nobody
 * rates themselves by any other method.
 */
@ApplicationScoped
public class AssessmentService implements CompetencyProfiles {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject StandardService standards;

  @Inject CurrentLevels currentLevels;

  @Inject AuditTrail auditTrail;

  @Inject
  @ConfigProperty(name = "bina.competency.assessment-valid-years", defaultValue = "3")
  int validYears;

  @Inject
  @ConfigProperty(name = "bina.competency.jpm-cap-at-standard", defaultValue = "true")
  boolean capAtStandard;

  private enum Relation {
    SELF,
    DIRECT_REPORT,
    AGENCY_HR,
    /** Granted by another module (a mentor of an active assignment): reads, never assesses. */
    READER
  }

  @Inject Instance<ProfileReaders> readers;

  /** The caller's relation to the employee; 404 when the caller may not see them at all. */
  private Relation relationTo(Directory.EmployeeInfo employee) {
    if (caller.employeeId().map(id -> id == employee.id()).orElse(false)) {
      return Relation.SELF;
    }
    if (caller.hasRole(Role.HR_MANAGER)) {
      return Relation.AGENCY_HR;
    }
    if (caller.hasRole(Role.SUPERVISOR)
        && employee.supervisorId() != null
        && caller.employeeId().map(id -> id.equals(employee.supervisorId())).orElse(false)) {
      return Relation.DIRECT_REPORT;
    }
    // Whoever another module grants (a mentor of an active assignment), whatever their account's roles.
    if (caller.employeeId().isPresent()) {
      long reader = caller.employeeId().get();
      for (ProfileReaders grant : readers) {
        if (grant.mayRead(caller.agencyId(), reader, employee.id())) {
          return Relation.READER;
        }
      }
    }
    throw new NotFoundException("Employee", employee.id());
  }

  private Directory.EmployeeInfo employee(long employeeId) {
    return directory.employee(employeeId).orElseThrow(() -> new NotFoundException("Employee", employeeId));
  }

  @Transactional
  public AssessmentView record(long employeeId, AssessmentInput input) {
    Directory.EmployeeInfo employee = employee(employeeId);
    Relation relation = relationTo(employee);
    if (relation == Relation.READER) {
      throw new AccessDeniedException("A mentor reads the mentee's profile but does not assess it");
    }
    boolean allowed =
        switch (input.method) {
          case SELF -> relation == Relation.SELF;
          case SUPERVISOR -> relation == Relation.DIRECT_REPORT;
          default -> relation == Relation.AGENCY_HR;
        };
    if (!allowed) {
      throw new AccessDeniedException(
          switch (input.method) {
            case SELF -> "A self-assessment is made by the employee themselves";
            case SUPERVISOR -> "A supervisor assessment is made by the employee's direct supervisor";
            default -> relation == Relation.SELF
                ? "Nobody rates themselves other than by self-assessment"
                : "Only HR records " + input.method + " results";
          });
    }
    return persist(employeeId, input.competencyId, input.level, input.method, input.assessedOn, input.evidenceNote);
  }

  /**
   * The assessment that carries accepted competency evidence into the profile (method TRAINING_EVIDENCE,
   * the reviewer as assessor). Who may review was decided by the evidence review, which also refuses
   * anyone reviewing their own evidence.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AssessmentView recordAcceptedEvidence(long employeeId, long competencyId, int level, LocalDate on, String note) {
    return persist(employeeId, competencyId, level, AssessmentMethod.TRAINING_EVIDENCE, on, note);
  }

  private AssessmentView persist(
      long employeeId, long competencyId, int level, AssessmentMethod method, LocalDate assessedOn, String evidenceNote) {
    Competency competency = em.find(Competency.class, competencyId);
    if (competency == null || (!competency.isNational() && competency.getAgencyId() != caller.agencyId())) {
      throw new InvalidInputException("competencyId", "no such competency in your dictionary");
    }
    if (competency.isRetired()) {
      throw new InvalidInputException("competencyId", "competency " + competency.getCode() + " is retired");
    }
    LocalDate on = assessedOn == null ? LocalDate.now(directory.zone()) : assessedOn;
    Assessment assessment =
        new Assessment(
            caller.agencyId(),
            employeeId,
            competency.getId(),
            competency.getCurrentRevision(),
            level,
            method,
            on,
            caller.username(),
            evidenceNote);
    em.persist(assessment);
    em.flush();
    currentLevels.refresh(employeeId, competency.getId());
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("competency", new Object[] {null, competency.getCode()});
    changes.put("level", new Object[] {null, level});
    changes.put("method", new Object[] {null, method.name()});
    changes.put("assessedOn", new Object[] {null, on.toString()});
    auditTrail.record(caller.agencyId(), "CompetencyAssessment", employeeId, AuditTrail.Action.CREATE, changes);
    return view(assessment, competency.getCode());
  }

  @Transactional
  public Page<AssessmentView> history(long employeeId, Long competencyId, PageRequest page) {
    relationTo(employee(employeeId));
    String where = "a.employeeId = :employee and a.agencyId = :agency" + (competencyId == null ? "" : " and a.competencyId = :competency");
    var count = em.createQuery("select count(a) from Assessment a where " + where, Long.class);
    var rows =
        em.createQuery(
            "select a, c.code from Assessment a join Competency c on c.id = a.competencyId where "
                + where
                + " order by a.assessedOn desc, a.id desc",
            Object[].class);
    for (var query : List.of(count, rows)) {
      query.setParameter("employee", employeeId).setParameter("agency", caller.agencyId());
      if (competencyId != null) {
        query.setParameter("competency", competencyId);
      }
    }
    List<AssessmentView> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(r -> view((Assessment) r[0], (String) r[1]))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public ProfileView profileOf(long employeeId) {
    return profile(employeeId);
  }

  @Override
  @Transactional
  public void selfAssess(long competencyId, int level) {
    long self = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    if (level < 1 || level > 5) {
      throw new InvalidInputException("level", "must be a level from 1 to 5");
    }
    AssessmentInput input = new AssessmentInput();
    input.competencyId = competencyId;
    input.level = level;
    input.method = AssessmentMethod.SELF;
    record(self, input);
  }

  @Override
  @Transactional
  public long assessAsSupervisor(long employeeId, long competencyId, int level, String note) {
    if (level < 1 || level > 5) {
      throw new InvalidInputException("level", "must be a level from 1 to 5");
    }
    if (note != null && note.length() > 4000) {
      throw new InvalidInputException("note", "must be at most 4000 characters");
    }
    Directory.EmployeeInfo employee = employee(employeeId);
    long me = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    if (me == employeeId) {
      throw new AccessDeniedException("Nobody rates themselves other than by self-assessment");
    }
    boolean directSupervisor =
        caller.hasRole(Role.SUPERVISOR) && employee.supervisorId() != null && employee.supervisorId() == me;
    // Without a supervisor nobody else could rate the employee's work: HR stands in, as for development plans.
    boolean hrInPlace = employee.supervisorId() == null && caller.hasRole(Role.HR_MANAGER);
    if (!directSupervisor && !hrInPlace) {
      throw new AccessDeniedException(
          "A supervisor assessment is made by the employee's direct supervisor (by HR when there is none)");
    }
    return persist(employeeId, competencyId, level, AssessmentMethod.SUPERVISOR, null, note).id();
  }

  @Transactional
  public ProfileView profile(long employeeId) {
    Directory.EmployeeInfo employee = employee(employeeId);
    relationTo(employee);
    List<Assessment> history =
        em.createQuery("select a from Assessment a where a.employeeId = :employee and a.agencyId = :agency", Assessment.class)
            .setParameter("employee", employeeId)
            .setParameter("agency", caller.agencyId())
            .getResultList();
    CompetencyProfile profile = CompetencyProfile.of(history, LocalDate.now(directory.zone()), validYears);

    Map<Long, Integer> required = new LinkedHashMap<>();
    Map<Long, StandardView.Entry> described = new HashMap<>();
    String positionName = null;
    if (employee.positionId() != null) {
      StandardView standard = standards.get(employee.positionId());
      positionName = standard.positionName();
      for (StandardView.Entry entry : standard.entries()) {
        required.put(entry.competencyId(), entry.requiredLevel());
        described.put(entry.competencyId(), entry);
      }
    }
    Map<Long, Integer> current = new HashMap<>();
    profile.all().forEach((competency, assessment) -> current.put(competency, assessment.getLevel()));
    GapAnalysis analysis = new GapAnalysis(required, current, capAtStandard);

    // Competencies assessed but outside the standard are shown too, without a requirement.
    List<Long> outside = current.keySet().stream().filter(id -> !required.containsKey(id)).sorted().toList();
    if (!outside.isEmpty()) {
      em.createQuery(
              "select c, r.nameId from Competency c join CompetencyRevision r on r.competencyId = c.id"
                  + " and r.revision = c.currentRevision where c.id in :ids",
              Object[].class)
          .setParameter("ids", outside)
          .getResultList()
          .forEach(
              row -> {
                Competency c = (Competency) row[0];
                described.put(
                    c.getId(),
                    new StandardView.Entry(c.getId(), c.getCode(), c.getCategory().name(), (String) row[1], 0, "NONE"));
              });
    }
    List<ProfileView.Line> lines = new ArrayList<>();
    for (GapAnalysis.Line line : analysis.lines()) {
      lines.add(line(described.get(line.competencyId()), line.required(), line.current(), line.gap(), profile));
    }
    for (Long id : outside) {
      lines.add(line(described.get(id), null, current.get(id), null, profile));
    }
    List<ProfileView.Line> gaps =
        analysis.prioritisedGaps().stream()
            .limit(7)
            .map(g -> line(described.get(g.competencyId()), g.required(), g.current(), g.gap(), profile))
            .toList();
    List<String> notAssessed =
        analysis.lines().stream().filter(l -> l.current() == null).map(l -> described.get(l.competencyId()).code()).toList();
    return new ProfileView(
        employeeId,
        employee.name(),
        employee.positionId(),
        positionName,
        validYears,
        required.isEmpty() ? null : analysis.jobPersonMatch(),
        lines,
        gaps,
        notAssessed);
  }

  private static ProfileView.Line line(
      StandardView.Entry competency, Integer required, Integer current, Integer gap, CompetencyProfile profile) {
    Assessment source = profile.sourceOf(competency.competencyId());
    return new ProfileView.Line(
        competency.competencyId(),
        competency.code(),
        competency.category(),
        competency.nameId(),
        required,
        current,
        gap,
        source == null
            ? null
            : new ProfileView.Source(
                source.getId(), source.getMethod().name(), source.getAssessedOn(), source.getAssessor(), source.getRevision()));
  }

  private AssessmentView view(Assessment a, String code) {
    return new AssessmentView(
        a.getId(),
        a.getEmployeeId(),
        a.getCompetencyId(),
        code,
        a.getRevision(),
        a.getLevel(),
        a.getMethod().name(),
        a.getAssessedOn(),
        a.getAssessor(),
        a.getEvidenceNote(),
        a.getCreatedAt().atZoneSameInstant(directory.zone()).toOffsetDateTime());
  }
}
