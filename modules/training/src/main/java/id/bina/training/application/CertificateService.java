package id.bina.training.application;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.NotFoundException;
import id.bina.platform.Role;
import id.bina.training.domain.Certificate;
import id.bina.training.domain.Course;
import id.bina.training.domain.Enrolment;
import id.bina.training.domain.TrainingClass;
import id.bina.training.infrastructure.SimplePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

  /** Issues the certificate of a completed enrolment (once: a repeat returns the first number). */
  String issue(Enrolment e, TrainingClass k, Course course, String holderName) {
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
            k.getFirstSessionOn(), k.getLastSessionOn(), course.getLessonHours(), k.getLastSessionOn());
    em.persist(c);
    return c.getNumber();
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
        .map(CertificateService::view)
        .toList();
  }

  /** Public: anyone may check a number; an unknown number is simply not valid. */
  @Transactional
  public CertificateVerification verify(String number) {
    Certificate c = byNumber(number);
    if (c == null) {
      return new CertificateVerification(number, false, null, null, null, null, null, null, null);
    }
    String agency =
        Sql.of(em).one("SELECT name FROM platform.agency_directory WHERE agency_id = ?", r -> r.getString(1), c.getAgencyId());
    return new CertificateVerification(
        c.getNumber(), !c.isRevoked(), Certificate.masked(c.getHolderName()), c.getCourseTitle(), c.getFirstDay(), c.getLastDay(),
        c.getJp(), c.getIssuedOn(), agency);
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
    float mid = SimplePdf.WIDTH / 2;
    List<SimplePdf.Line> lines = new ArrayList<>();
    lines.add(centered(mid, 500, 14, false, agency == null ? "" : agency));
    lines.add(centered(mid, 450, 30, true, "SERTIFIKAT"));
    lines.add(centered(mid, 420, 12, false, "Nomor " + c.getNumber()));
    lines.add(centered(mid, 375, 13, false, "diberikan kepada"));
    lines.add(centered(mid, 340, 24, true, c.getHolderName()));
    lines.add(centered(mid, 300, 13, false, "yang telah menyelesaikan pelatihan"));
    lines.add(centered(mid, 270, 18, true, c.getCourseCode() + " " + c.getCourseTitle()));
    lines.add(centered(mid, 245, 13, false, c.getClassName()));
    lines.add(
        centered(mid, 215, 13, false, DAY.format(c.getFirstDay()) + " s.d. " + DAY.format(c.getLastDay()) + ", " + c.getJp() + " JP"));
    lines.add(centered(mid, 120, 11, false, "Diterbitkan " + DAY.format(c.getIssuedOn())));
    lines.add(centered(mid, 80, 9, false, "Periksa keaslian: /api/v1/certificates/" + c.getNumber() + "/verification"));
    return SimplePdf.render("Sertifikat " + c.getNumber(), lines);
  }

  /** Roughly centred: Helvetica's average width is about half the font size. */
  private static SimplePdf.Line centered(float mid, float y, float size, boolean bold, String text) {
    float width = text.length() * size * (bold ? 0.56f : 0.5f);
    return new SimplePdf.Line(Math.max(40, mid - width / 2), y, size, bold, text);
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

  static CertificateView view(Certificate c) {
    return new CertificateView(
        c.getNumber(), c.getEmployeeId(), c.getHolderName(), c.getCourseCode(), c.getCourseTitle(), c.getClassName(), c.getFirstDay(),
        c.getLastDay(), c.getJp(), c.getIssuedOn(), !c.isRevoked(), "certificates/" + c.getNumber() + "/verification");
  }
}
