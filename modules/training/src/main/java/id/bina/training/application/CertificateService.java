package id.bina.training.application;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.NotFoundException;
import id.bina.platform.Notifications;
import id.bina.platform.Role;
import id.bina.training.CertificateVerification;
import id.bina.training.CertificateView;
import id.bina.training.domain.Certificate;
import id.bina.training.domain.Course;
import id.bina.training.domain.Enrolment;
import id.bina.training.domain.TrainingClass;
import id.bina.training.infrastructure.CertificatePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Certificates of completion: issued when a class is completed, listed for their holder, downloaded as PDF
 * by the holder and the agency's HR managers, and verified by anyone with the number.
 */
@ApplicationScoped
public class CertificateService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Notifications notifications;

  /** Issues the certificate of a completed enrolment (once: a repeat returns the first number). */
  String issue(Enrolment e, TrainingClass k, Course course, String holderName, Integer validityMonths) {
    List<Certificate> existing =
        em.createQuery("select c from Certificate c where c.enrolmentId = :e", Certificate.class)
            .setParameter("e", e.getId())
            .getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0).getNumber();
    }
    Certificate c =
        new Certificate(
            e.getAgencyId(), e.getId(), e.getEmployeeId(), holderName, course.getCode(), course.getTitle(), k.getName(),
            k.getFirstSessionOn(), k.getLastSessionOn(), course.getLessonHours(), k.getLastSessionOn(),
            validityMonths == null ? null : k.getLastSessionOn().plusMonths(validityMonths));
    em.persist(c);
    em.flush();
    if (c.getValidUntil() != null && c.validityOn(today(c.getAgencyId())) != Certificate.Validity.VALID) {
      remind(c); // already within the reminder period
    }
    return c.getNumber();
  }

  /**
   * Reminds holders of certifications entering their last 90 days, and their direct supervisors, once
   * (in-app notification). Runs hourly for every agency, each with its own calendar day.
   *
   * @return how many certificates were reminded of
   */
  @Transactional
  public int remindExpiring() {
    List<Long> due =
        Sql.of(em)
            .list(
                "SELECT c.id FROM training.certificate c JOIN platform.agency_directory a ON a.agency_id = c.agency_id"
                    + " WHERE c.valid_until IS NOT NULL AND c.expiry_reminded_at IS NULL AND NOT c.revoked"
                    + " AND c.valid_until < (now() AT TIME ZONE a.time_zone)::date + " + Certificate.EXPIRING_DAYS
                    + " ORDER BY c.id LIMIT 1000",
                r -> r.getLong(1));
    due.forEach(id -> remind(em.find(Certificate.class, id)));
    return due.size();
  }

  private void remind(Certificate c) {
    LocalDate today = today(c.getAgencyId());
    String text =
        "Sertifikat " + c.getNumber() + " (" + c.getCourseTitle() + ") milik " + c.getHolderName()
            + (today.isAfter(c.getValidUntil()) ? " telah kedaluwarsa pada " : " berlaku sampai ") + c.getValidUntil()
            + ". Rencanakan sertifikasi ulang.";
    notifications.notify(c.getAgencyId(), c.getEmployeeId(), "CERTIFICATE_EXPIRING", "Certificate", c.getId(), text);
    Long supervisor =
        Sql.of(em).number("SELECT supervisor_id FROM platform.employee_directory WHERE employee_id = ?", c.getEmployeeId());
    if (supervisor != null) {
      notifications.notify(c.getAgencyId(), supervisor, "CERTIFICATE_EXPIRING", "Certificate", c.getId(), text);
    }
    c.remindedOfExpiry();
  }

  private LocalDate today(long agencyId) {
    String zone = Sql.of(em).one("SELECT time_zone FROM platform.agency_directory WHERE agency_id = ?", r -> r.getString(1), agencyId);
    return LocalDate.now(zone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(zone));
  }

  /** The caller's certificates, newest first. */
  @Transactional
  public List<CertificateView> mine() {
    long me = caller.employeeId().orElseThrow(() -> new AccessDeniedException("This account has no employee record"));
    return em.createQuery(
            "select c from Certificate c where c.agencyId = :a and c.employeeId = :me order by c.issuedOn desc, c.id desc", Certificate.class)
        .setParameter("a", caller.agencyId())
        .setParameter("me", me)
        .getResultList()
        .stream()
        .map(c -> view(c, today(c.getAgencyId())))
        .toList();
  }

  /** Public: anyone may check a number; an unknown number is simply not valid. */
  @Transactional
  public CertificateVerification verify(String number) {
    Certificate c = byNumber(number);
    if (c == null) {
      return new CertificateVerification(number, false, null, null, null, null, null, null, null, null, null);
    }
    String agency =
        Sql.of(em).one("SELECT name FROM platform.agency_directory WHERE agency_id = ?", r -> r.getString(1), c.getAgencyId());
    Certificate.Validity validity = c.validityOn(today(c.getAgencyId()));
    return new CertificateVerification(
        c.getNumber(), valid(validity), Certificate.masked(c.getHolderName()), c.getCourseTitle(), c.getFirstDay(), c.getLastDay(),
        c.getJp(), c.getIssuedOn(), c.getValidUntil(), validity.name(), agency);
  }

  /** The certificate as PDF: its holder and the agency's HR managers; anyone else 404. */
  @Transactional
  public byte[] pdf(String number) {
    Certificate c = byNumber(number);
    Long me = caller.employeeId().orElse(null);
    if (c == null
        || c.getAgencyId() != caller.agencyId()
        || !(caller.hasRole(Role.HR_MANAGER) || (me != null && me == c.getEmployeeId()))) {
      throw new NotFoundException("Certificate", 0L);
    }
    String agency =
        Sql.of(em).one("SELECT name FROM platform.agency_directory WHERE agency_id = ?", r -> r.getString(1), c.getAgencyId());
    List<CertificatePdf.Line> lines = new ArrayList<>();
    lines.add(new CertificatePdf.Line(agency == null ? "" : agency, 14, false, 0));
    lines.add(new CertificatePdf.Line("SERTIFIKAT", 30, true, 24));
    lines.add(new CertificatePdf.Line("Nomor " + c.getNumber(), 12, false, 4));
    lines.add(new CertificatePdf.Line("diberikan kepada", 13, false, 24));
    lines.add(new CertificatePdf.Line(c.getHolderName(), 24, true, 8));
    lines.add(new CertificatePdf.Line("yang telah menyelesaikan pelatihan", 13, false, 16));
    lines.add(new CertificatePdf.Line(c.getCourseCode() + " " + c.getCourseTitle(), 18, true, 8));
    lines.add(new CertificatePdf.Line(c.getClassName(), 13, false, 4));
    lines.add(new CertificatePdf.Line(DAY.format(c.getFirstDay()) + " s.d. " + DAY.format(c.getLastDay()) + ", " + c.getJp() + " JP", 13, false, 4));
    lines.add(
        new CertificatePdf.Line(
            "Diterbitkan " + DAY.format(c.getIssuedOn()) + (c.getValidUntil() == null ? "" : ", berlaku sampai " + DAY.format(c.getValidUntil())),
            11, false, 48));
    lines.add(new CertificatePdf.Line("Periksa keaslian: /api/v1/certificates/" + c.getNumber() + "/verification", 9, false, 16));
    return CertificatePdf.render("Sertifikat " + c.getNumber(), lines);
  }

  private Certificate byNumber(String number) {
    if (number == null || number.length() > 40) {
      return null;
    }
    return em.createQuery("select c from Certificate c where c.number = :n", Certificate.class)
        .setParameter("n", number.trim().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static boolean valid(Certificate.Validity validity) {
    return validity == Certificate.Validity.VALID || validity == Certificate.Validity.EXPIRING;
  }

  static CertificateView view(Certificate c, LocalDate today) {
    Certificate.Validity validity = c.validityOn(today);
    return new CertificateView(
        c.getNumber(), c.getEmployeeId(), c.getHolderName(), c.getCourseCode(), c.getCourseTitle(), c.getClassName(), c.getFirstDay(),
        c.getLastDay(), c.getJp(), c.getIssuedOn(), c.getValidUntil(), validity.name(), valid(validity),
        "certificates/" + c.getNumber() + "/verification");
  }
}
