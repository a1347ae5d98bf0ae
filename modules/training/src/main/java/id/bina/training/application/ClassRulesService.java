package id.bina.training.application;

import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.StaleVersionException;
import id.bina.training.ClassStatus;
import id.bina.training.domain.ClassRules;
import id.bina.training.domain.TrainingClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Locale;

/** The enrolment and completion rules of a class: everyone who sees the class reads them, HR managers set them. */
@ApplicationScoped
public class ClassRulesService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject ClassService classes;

  /** The stored rules, or the defaults (not stored). */
  ClassRules of(long classId, long agencyId) {
    ClassRules stored = em.find(ClassRules.class, classId);
    return stored != null ? stored : ClassRules.defaults(classId, agencyId);
  }

  @Transactional
  public ClassRulesView get(long classId) {
    TrainingClass k = classes.visible(classId);
    return view(of(k.getId(), k.getAgencyId()));
  }

  /** Replaces the rules while the class has not completed; {@code version} 0 for a class on the defaults. */
  @Transactional
  public ClassRulesView replace(long classId, long version, ClassRulesInput input) {
    TrainingClass k = classes.visible(classId);
    ClassRules current = of(k.getId(), k.getAgencyId());
    if (current.getVersion() != version) {
      throw new StaleVersionException("ClassRules", classId);
    }
    if (k.getStatus() == ClassStatus.COMPLETED || k.getStatus() == ClassStatus.CANCELLED) {
      throw new ConflictException("Class " + k.getCode() + " is " + k.getStatus() + ": its rules no longer change");
    }
    if (input == null) {
      throw new InvalidInputException("body", "must be given");
    }
    ClassRules.WaitlistPriority priority = ClassRules.WaitlistPriority.ARRIVAL;
    if (input.waitlistPriority != null && !input.waitlistPriority.isBlank()) {
      try {
        priority = ClassRules.WaitlistPriority.valueOf(input.waitlistPriority.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "waitlistPriority", "must be one of " + Arrays.toString(ClassRules.WaitlistPriority.values()));
      }
    }
    int threshold = input.attendanceThreshold == null ? 80 : input.attendanceThreshold;
    if (threshold < 0 || threshold > 100) {
      throw new InvalidInputException("attendanceThreshold", "must be a percentage from 0 to 100");
    }
    if (input.passingScore != null
        && (input.passingScore.signum() < 0 || input.passingScore.compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
      throw new InvalidInputException("passingScore", "must be from 0 to 100");
    }
    boolean isNew = em.find(ClassRules.class, classId) == null;
    if (input.certificateValidityMonths != null && (input.certificateValidityMonths < 1 || input.certificateValidityMonths > 600)) {
      throw new InvalidInputException("certificateValidityMonths", "must be from 1 to 600 months");
    }
    current.change(
        threshold, input.passingScore, Boolean.TRUE.equals(input.hrConfirmation), priority, input.certificateValidityMonths,
        caller.username());
    if (isNew) {
      em.persist(current);
    }
    em.flush();
    return view(current);
  }

  private static ClassRulesView view(ClassRules r) {
    return new ClassRulesView(
        r.getClassId(),
        r.getAttendanceThreshold(),
        r.getPassingScore(),
        r.isHrConfirmation(),
        r.getWaitlistPriority().name(),
        r.getCertificateValidityMonths(),
        r.getVersion());
  }
}
