package id.bina.competency.application;

import id.bina.competency.CompetencyEvidence;
import id.bina.competency.EvidenceAccepted;
import id.bina.competency.domain.Competency;
import id.bina.competency.domain.Evidence;
import id.bina.competency.domain.EvidenceKind;
import id.bina.competency.domain.EvidenceFile;
import id.bina.competency.domain.EvidenceFileType;
import id.bina.competency.domain.EvidenceStatus;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Notifications;
import id.bina.platform.Outbox;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Competency evidence: an employee submits it, a reviewer (their direct supervisor or an HR manager of the
 * agency, never the employee) takes it into review and accepts or rejects it. Acceptance records a
 * TRAINING_EVIDENCE assessment, so the level enters the profile by the usual precedence rule. Who may see a
 * piece of evidence: its submitter and those who may review it; to anyone else it does not exist (404).
 */
@ApplicationScoped
public class EvidenceService {

  static final String SUBJECT = "CompetencyEvidence";

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject AuditTrail auditTrail;

  @Inject Notifications notifications;

  @Inject Outbox outbox;

  @Inject AssessmentService assessments;

  @Inject
  @ConfigProperty(name = "bina.competency.evidence-max-file-bytes", defaultValue = "5242880")
  long maxFileBytes;

  private enum Relation {
    SUBMITTER,
    REVIEWER
  }

  private long me() {
    return caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
  }

  @Transactional
  public EvidenceView submit(EvidenceInput input) {
    if (input.kind == EvidenceKind.TRAINING_COMPLETION) {
      throw new InvalidInputException("kind", "TRAINING_COMPLETION is recorded by the training module when a class is completed");
    }
    long me = me();
    Directory.EmployeeInfo employee = directory.employee(me).orElseThrow(() -> new NotFoundException("Employee", me));
    Competency competency = em.find(Competency.class, input.competencyId);
    if (competency == null || (!competency.isNational() && competency.getAgencyId() != caller.agencyId())) {
      throw new InvalidInputException("competencyId", "no such competency in your dictionary");
    }
    if (competency.isRetired()) {
      throw new InvalidInputException("competencyId", "competency " + competency.getCode() + " is retired");
    }
    Evidence evidence =
        new Evidence(
            caller.agencyId(),
            me,
            employee.supervisorId(),
            competency.getId(),
            competency.getCurrentRevision(),
            input.kind,
            input.title,
            input.issuedOn,
            blankToNull(input.issuer),
            input.claimedLevel,
            blankToNull(input.note),
            caller.username());
    em.persist(evidence);
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("employee", new Object[] {null, me});
    changes.put("competency", new Object[] {null, competency.getCode()});
    changes.put("kind", new Object[] {null, input.kind.name()});
    changes.put("title", new Object[] {null, evidence.getTitle()});
    changes.put("claimedLevel", new Object[] {null, input.claimedLevel});
    changes.put("status", new Object[] {null, evidence.getStatus().name()});
    auditTrail.record(caller.agencyId(), SUBJECT, evidence.getId(), AuditTrail.Action.CREATE, changes);

    String text =
        employee.name() + " mengajukan bukti kompetensi " + competency.getCode() + " (level " + input.claimedLevel + "): \""
            + evidence.getTitle() + "\". Mohon ditinjau.";
    if (employee.supervisorId() != null) {
      notifications.notify(caller.agencyId(), employee.supervisorId(), "EVIDENCE_SUBMITTED", SUBJECT, evidence.getId(), text);
    } else {
      notifications.notifyRole(caller.agencyId(), Role.HR_MANAGER, me, "EVIDENCE_SUBMITTED", SUBJECT, evidence.getId(), text);
    }
    return view(evidence, competency.getCode(), employee.name());
  }

  /**
   * Evidence another module records for an employee of the caller's agency, waiting for review like submitted
   * evidence; its reviewer is told. Recording the same source for the same competency again returns the
   * evidence already recorded.
   */
  @Transactional
  public java.util.Optional<EvidenceView> recordForReview(CompetencyEvidence.Recorded r, EvidenceKind kind) {
    Directory.EmployeeInfo employee = directory.employee(r.employeeId()).orElseThrow(() -> new NotFoundException("Employee", r.employeeId()));
    Competency competency = em.find(Competency.class, r.competencyId());
    if (competency == null || (!competency.isNational() && competency.getAgencyId() != caller.agencyId()) || competency.isRetired()) {
      return java.util.Optional.empty();
    }
    List<Evidence> earlier =
        em.createQuery(
                "select e from Evidence e where e.employeeId = :employee and e.competencyId = :competency and e.sourceRef = :source",
                Evidence.class)
            .setParameter("employee", r.employeeId())
            .setParameter("competency", r.competencyId())
            .setParameter("source", r.sourceRef())
            .getResultList();
    if (!earlier.isEmpty()) {
      return java.util.Optional.of(view(earlier.get(0), competency.getCode(), employee.name()));
    }
    Evidence evidence =
        Evidence.recorded(
            caller.agencyId(), r.employeeId(), employee.supervisorId(), competency.getId(), competency.getCurrentRevision(), kind,
            r.title(), r.issuedOn(), blankToNull(r.issuer()), r.claimedLevel(), blankToNull(r.note()), caller.username(), r.sourceRef());
    em.persist(evidence);
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("employee", new Object[] {null, r.employeeId()});
    changes.put("competency", new Object[] {null, competency.getCode()});
    changes.put("kind", new Object[] {null, kind.name()});
    changes.put("title", new Object[] {null, evidence.getTitle()});
    changes.put("claimedLevel", new Object[] {null, r.claimedLevel()});
    changes.put("source", new Object[] {null, r.sourceRef()});
    changes.put("status", new Object[] {null, evidence.getStatus().name()});
    auditTrail.record(caller.agencyId(), SUBJECT, evidence.getId(), AuditTrail.Action.CREATE, changes);
    String text =
        employee.name() + " menyelesaikan pelatihan \"" + evidence.getTitle() + "\": bukti kompetensi " + competency.getCode()
            + " (level " + r.claimedLevel() + ") menunggu tinjauan Anda.";
    if (employee.supervisorId() != null) {
      notifications.notify(caller.agencyId(), employee.supervisorId(), "EVIDENCE_SUBMITTED", SUBJECT, evidence.getId(), text);
    } else {
      notifications.notifyRole(caller.agencyId(), Role.HR_MANAGER, r.employeeId(), "EVIDENCE_SUBMITTED", SUBJECT, evidence.getId(), text);
    }
    return java.util.Optional.of(view(evidence, competency.getCode(), employee.name()));
  }

  /** Attaches the file (PDF, JPEG or PNG, recognised by content), replacing an earlier one; submitter only. */
  @Transactional
  public EvidenceView attachFile(long id, long version, InputStream body) {
    Evidence evidence = visible(id);
    if (relationTo(evidence) != Relation.SUBMITTER) {
      throw new AccessDeniedException("Only the employee who submitted the evidence attaches its file");
    }
    checkVersion(evidence, version);
    byte[] content = readAtMost(body, maxFileBytes);
    EvidenceFileType type =
        EvidenceFileType.detect(content)
            .orElseThrow(() -> new InvalidInputException("file", "must be a PDF, JPEG or PNG file"));
    String before = evidence.getFileContentType();
    evidence.attachFile(type, content.length);
    EvidenceFile file = em.find(EvidenceFile.class, id);
    if (file == null) {
      em.persist(new EvidenceFile(id, type, content));
    } else {
      file.replace(type, content);
    }
    em.flush();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("file", new Object[] {before, type.mediaType() + ", " + content.length + " bytes"});
    auditTrail.record(caller.agencyId(), SUBJECT, id, AuditTrail.Action.UPDATE, changes);
    return view(evidence);
  }

  private static byte[] readAtMost(InputStream body, long max) {
    try {
      byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (content.length == 0) {
        throw new InvalidInputException("file", "is empty");
      }
      if (content.length > max) {
        throw new InvalidInputException("file", "must be at most " + max + " bytes (" + (max / (1024 * 1024)) + " MiB)");
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional
  public EvidenceView.Content file(long id) {
    Evidence evidence = visible(id);
    relationTo(evidence);
    EvidenceFile file = em.find(EvidenceFile.class, id);
    if (file == null) {
      throw new NotFoundException("File of evidence", id);
    }
    return new EvidenceView.Content(file.getContentType(), file.getContent());
  }

  @Transactional
  public EvidenceView get(long id) {
    Evidence evidence = visible(id);
    relationTo(evidence);
    return view(evidence);
  }

  /**
   * The caller's own evidence, newest first; or, with {@code reviewable}, what waits for the caller as a
   * reviewer (waiting or in review), oldest first: for HR the whole agency, for a supervisor what their
   * direct reports submitted while under them. Never the caller's own.
   */
  @Transactional
  public Page<EvidenceView> list(boolean reviewable, EvidenceStatus status, PageRequest page) {
    long me = me();
    StringBuilder where = new StringBuilder("e.agencyId = :agency");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("agency", caller.agencyId());
    parameters.put("me", me);
    String order;
    if (!reviewable) {
      where.append(" and e.employeeId = :me");
      order = " order by e.submittedAt desc, e.id desc";
    } else {
      if (!caller.hasRole(Role.HR_MANAGER)) {
        if (!caller.hasRole(Role.SUPERVISOR)) {
          throw new AccessDeniedException("Evidence is reviewed by supervisors and HR managers");
        }
        where.append(" and e.supervisorEmployeeId = :me");
      }
      where.append(" and e.employeeId <> :me");
      if (status == null) {
        where.append(" and e.status in :open");
        parameters.put("open", List.of(EvidenceStatus.WAITING, EvidenceStatus.IN_REVIEW));
      }
      order = " order by e.submittedAt, e.id";
    }
    if (status != null) {
      where.append(" and e.status = :status");
      parameters.put("status", status);
    }
    TypedQuery<Long> count = em.createQuery("select count(e) from Evidence e where " + where, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select e, c.code from Evidence e join Competency c on c.id = e.competencyId where " + where + order, Object[].class);
    parameters.forEach(
        (name, value) -> {
          if (where.indexOf(":" + name) >= 0) {
            count.setParameter(name, value);
            rows.setParameter(name, value);
          }
        });
    Map<Long, String> names = new HashMap<>();
    List<EvidenceView> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(r -> {
              Evidence e = (Evidence) r[0];
              return view(e, (String) r[1], names.computeIfAbsent(e.getEmployeeId(), this::nameOf));
            })
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /** A reviewer takes the evidence: it is theirs to decide from now on. */
  @Transactional
  public EvidenceView takeIntoReview(long id, long version) {
    Evidence evidence = forReviewer(id, version);
    EvidenceStatus before = evidence.getStatus();
    evidence.takeIntoReview(me(), caller.username());
    em.flush(); // a concurrent reviewer who read the same version fails here, not after our commit
    audit(evidence, before, Map.of("reviewer", new Object[] {null, caller.username()}));
    return view(evidence);
  }

  /** Accepts the evidence: records the assessment that carries its level into the profile, tells the submitter. */
  @Transactional
  public EvidenceView accept(long id, long version, DecisionInput.Acceptance input) {
    Evidence evidence = forReviewer(id, version);
    EvidenceStatus before = evidence.getStatus();
    int level = evidence.accept(me(), caller.username(), input == null ? null : input.level, input == null ? null : input.note);
    em.flush(); // exactly one of two concurrent decisions gets past this line
    String code = codeOf(evidence.getCompetencyId());
    AssessmentView assessment =
        assessments.recordAcceptedEvidence(
            evidence.getEmployeeId(), evidence.getCompetencyId(), level, evidence.getIssuedOn(), assessmentNote(evidence));
    evidence.recordedAs(assessment.id());
    em.flush(); // so that the answer's ETag is the version stored
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("acceptedLevel", new Object[] {null, level});
    changes.put("assessment", new Object[] {null, assessment.id()});
    audit(evidence, before, changes);
    notifications.notify(
        caller.agencyId(),
        evidence.getEmployeeId(),
        "EVIDENCE_ACCEPTED",
        SUBJECT,
        id,
        "Bukti kompetensi Anda \"" + evidence.getTitle() + "\" (" + code + ") diterima oleh " + caller.username()
            + " pada level " + level + ". Level ini kini tercatat di profil kompetensi Anda.");
    outbox.publish(
        caller.agencyId(),
        new EvidenceAccepted(
            caller.agencyId(), id, evidence.getEmployeeId(), evidence.getCompetencyId(), level, assessment.id(), evidence.getKind().name()));
    return view(evidence);
  }

  @Transactional
  public EvidenceView reject(long id, long version, DecisionInput.Rejection input) {
    Evidence evidence = forReviewer(id, version);
    EvidenceStatus before = evidence.getStatus();
    evidence.reject(me(), caller.username(), input == null ? null : input.reason);
    em.flush();
    audit(evidence, before, Map.of("reason", new Object[] {null, evidence.getDecisionNote()}));
    notifications.notify(
        caller.agencyId(),
        evidence.getEmployeeId(),
        "EVIDENCE_REJECTED",
        SUBJECT,
        id,
        "Bukti kompetensi Anda \"" + evidence.getTitle() + "\" (" + codeOf(evidence.getCompetencyId()) + ") ditolak oleh "
            + caller.username() + ". Alasan: " + evidence.getDecisionNote());
    return view(evidence);
  }

  /** The submitter takes it back while nobody has taken it into review. */
  @Transactional
  public EvidenceView withdraw(long id, long version) {
    Evidence evidence = visible(id);
    if (relationTo(evidence) != Relation.SUBMITTER) {
      throw new AccessDeniedException("Only the employee who submitted the evidence withdraws it");
    }
    checkVersion(evidence, version);
    EvidenceStatus before = evidence.getStatus();
    evidence.withdraw();
    em.flush();
    audit(evidence, before, Map.of());
    return view(evidence);
  }

  private Evidence forReviewer(long id, long version) {
    Evidence evidence = visible(id);
    if (relationTo(evidence) == Relation.SUBMITTER) {
      throw new AccessDeniedException("Nobody reviews their own evidence");
    }
    checkVersion(evidence, version);
    return evidence;
  }

  private static void checkVersion(Evidence evidence, long version) {
    if (evidence.getVersion() != version) {
      throw new StaleVersionException("Evidence", evidence.getId());
    }
  }

  private Evidence visible(long id) {
    Evidence evidence = em.find(Evidence.class, id);
    if (evidence == null || evidence.getAgencyId() != caller.agencyId()) {
      throw new NotFoundException("Evidence", id);
    }
    return evidence;
  }

  /** The submitter, or a reviewer: an HR manager of the agency or the employee's direct supervisor; else 404. */
  private Relation relationTo(Evidence evidence) {
    Long me = caller.employeeId().orElse(null);
    if (me != null && me == evidence.getEmployeeId()) {
      return Relation.SUBMITTER;
    }
    if (me != null && caller.hasRole(Role.HR_MANAGER)) {
      return Relation.REVIEWER;
    }
    if (me != null && caller.hasRole(Role.SUPERVISOR)) {
      Directory.EmployeeInfo employee = directory.employee(evidence.getEmployeeId()).orElse(null);
      if (employee != null && me.equals(employee.supervisorId())) {
        return Relation.REVIEWER;
      }
    }
    throw new NotFoundException("Evidence", evidence.getId());
  }

  private void audit(Evidence evidence, EvidenceStatus before, Map<String, Object[]> more) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("status", new Object[] {before.name(), evidence.getStatus().name()});
    changes.putAll(more);
    auditTrail.record(caller.agencyId(), SUBJECT, evidence.getId(), AuditTrail.Action.UPDATE, changes);
  }

  private static String assessmentNote(Evidence e) {
    String note =
        "Bukti kompetensi #" + e.getId() + " (" + e.getKind() + "): " + e.getTitle()
            + (e.getIssuer() == null ? "" : ", " + e.getIssuer()) + ", " + e.getIssuedOn()
            + (e.getDecisionNote() == null ? "" : ". Catatan peninjau: " + e.getDecisionNote());
    return note.length() <= 4000 ? note : note.substring(0, 4000);
  }

  private String codeOf(long competencyId) {
    return em.find(Competency.class, competencyId).getCode();
  }

  private String nameOf(long employeeId) {
    return directory.employee(employeeId).map(Directory.EmployeeInfo::name).orElse(null);
  }

  private EvidenceView view(Evidence e) {
    return view(e, codeOf(e.getCompetencyId()), nameOf(e.getEmployeeId()));
  }

  private EvidenceView view(Evidence e, String code, String employeeName) {
    ZoneId zone = directory.zone();
    return new EvidenceView(
        e.getId(),
        e.getEmployeeId(),
        employeeName,
        e.getCompetencyId(),
        code,
        e.getRevision(),
        e.getKind().name(),
        e.getTitle(),
        e.getIssuedOn(),
        e.getIssuer(),
        e.getClaimedLevel(),
        e.getNote(),
        e.getFileContentType() == null ? null : new EvidenceView.File(e.getFileContentType(), e.getFileSize()),
        e.getStatus().name(),
        e.getSubmittedBy(),
        e.getSubmittedAt().atZoneSameInstant(zone).toOffsetDateTime(),
        e.getReviewer(),
        e.getAcceptedLevel(),
        e.getDecisionNote(),
        e.getDecidedAt() == null ? null : e.getDecidedAt().atZoneSameInstant(zone).toOffsetDateTime(),
        e.getAssessmentId(),
        e.getVersion());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
