package id.bina.training.application;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.Role;
import id.bina.platform.rest.TableExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The agency's completed trainings of a period as a flat file for SIASN's training history (riwayat diklat /
 * riwayat kursus): one row per completed class per NIP, from the certificates Bina issued.
 *
 * <p>How sure the columns are: SIASN's import format is not published here. The columns after nip/nama carry
 * the field names of SIASN's "riwayat kursus" web-service record as third-party integrations send it
 * (namaKursus, jumlahJam, tanggalKursus and tanggalSelesaiKursus as dd-MM-yyyy, tahunKursus,
 * institusiPenyelenggara, nomorSertipikat). jenisDiklatId, jenisKursus, jenisKursusSertipikat, lokasiId and
 * instansiId are SIASN reference codes Bina does not hold: they stay empty for the agency to fill (or map)
 * before loading. SIASN knows people by its own id (pnsOrangId), not exported: the file carries the NIP. Bina's
 * own course type, route and code follow, for that mapping. Check against the current SIASN template before
 * relying on it.
 */
@ApplicationScoped
public class TrainingHistoryExport {

  public static final List<String> HEADER =
      List.of(
          "nip", "nama", "namaKursus", "jenisDiklatId", "jenisKursus", "jenisKursusSertipikat", "jumlahJam", "tanggalKursus",
          "tanggalSelesaiKursus", "tahunKursus", "institusiPenyelenggara", "nomorSertipikat", "lokasiId", "instansiId",
          "binaJenisPelatihan", "binaBentuk", "binaKodePelatihan");

  private static final DateTimeFormatter SIASN_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  /** The period asked for, checked before the download starts: this calendar year by default. */
  public record Period(LocalDate from, LocalDate to, Long employeeId) {}

  /** Checks the caller (HR managers), the period (at most ten years) and the employee (of the caller's agency). */
  public Period period(LocalDate from, LocalDate to, Long employeeId) {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("The SIASN training history is for HR managers");
    }
    int year = LocalDate.now(directory.zone()).getYear();
    LocalDate start = from == null ? LocalDate.of(to == null ? year : to.getYear(), 1, 1) : from;
    LocalDate end = to == null ? LocalDate.of(start.getYear(), 12, 31) : to;
    if (start.isAfter(end)) {
      throw new InvalidInputException("from", "must not be after to");
    }
    if (start.plusYears(10).isBefore(end)) {
      throw new InvalidInputException("to", "a period is at most ten years");
    }
    if (employeeId != null && directory.employee(employeeId).isEmpty()) {
      throw new NotFoundException("Employee", employeeId);
    }
    return new Period(start, end, employeeId);
  }

  /** The rows: the caller's agency's certificates whose class ended in the period, by NIP, then date. */
  @Transactional
  public void export(Period period, TableExport.Rows out) {
    Sql.of(em)
        .list(
            "SELECT d.nip, d.name, c.title, x.jp, x.first_day, x.last_day, c.provider_kind, c.provider_name, x.number,"
                + " c.course_type, c.modality, c.code"
                + " FROM training.certificate x"
                + " JOIN training.enrolment e ON e.id = x.enrolment_id"
                + " JOIN training.training_class k ON k.id = e.class_id"
                + " JOIN training.course c ON c.id = k.course_id"
                + " JOIN platform.employee_directory d ON d.employee_id = x.employee_id"
                + " WHERE x.agency_id = ? AND e.status = 'COMPLETED' AND x.last_day BETWEEN ? AND ?"
                + " AND (CAST(? AS BIGINT) IS NULL OR x.employee_id = CAST(? AS BIGINT))"
                + " ORDER BY d.nip, x.first_day, x.number",
            r -> {
              LocalDate first = r.getDate(5).toLocalDate();
              LocalDate last = r.getDate(6).toLocalDate();
              String provider = r.getString(8);
              out.add(
                  r.getString(1), r.getString(2), r.getString(3), null, null, null, r.getInt(4), first.format(SIASN_DATE),
                  last.format(SIASN_DATE), last.getYear(),
                  provider == null || provider.isBlank() ? ("INTERNAL".equals(r.getString(7)) ? "Instansi sendiri" : "") : provider,
                  r.getString(9), null, null, r.getString(10), r.getString(11), r.getString(12));
              return 1;
            },
            caller.agencyId(),
            period.from(),
            period.to(),
            period.employeeId(),
            period.employeeId());
  }
}
