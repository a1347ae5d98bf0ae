package id.bina.platform.demo;

import id.bina.platform.AuditTrail;
import id.bina.platform.Role;
import id.bina.platform.audit.JpaAuditTrail;
import id.bina.platform.organisation.domain.Agency;
import id.bina.platform.organisation.domain.Employee;
import id.bina.platform.organisation.domain.EmployeeDetails;
import id.bina.platform.organisation.domain.FunctionalGrade;
import id.bina.platform.organisation.domain.OrgUnit;
import id.bina.platform.organisation.domain.Position;
import id.bina.platform.organisation.domain.PositionClass;
import id.bina.platform.security.PasswordHashing;
import id.bina.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads one fictional agency, "Kementerian Contoh", with a unit tree, positions of every class, a few hundred
 * employees and one account per role. Only when asked (bina.demo-data, which the embedded default turns on),
 * and only once: an agency with code DEMO already present means nothing is loaded.
 */
@ApplicationScoped
public class DemoData {

  public static final String AGENCY_CODE = "DEMO";
  /** The password of every demo account; documented in the README. */
  public static final String PASSWORD = "bina-demo";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String ACTOR = "system:demo-data";

  private static final String[] GIVEN =
      "Agus Budi Citra Dewi Eko Fajar Gita Hendra Indah Joko Kartika Lestari Made Nur Putri Rudi Sari Taufik Utami Wahyu Yuni Zainal Ayu Bambang Ratna"
          .split(" ");
  private static final String[] FAMILY =
      "Santoso Wijaya Hidayat Saputra Pratama Kusuma Lestari Siregar Nasution Simanjuntak Wibowo Setiawan Rahayu Halim Gunawan Nugroho Harahap Purba Sembiring Tanjung"
          .split(" ");

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject PasswordHashing passwords;

  @Inject JpaAuditTrail auditTrail;

  @Inject
  @ConfigProperty(name = "bina.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "bina.demo-data.employees", defaultValue = "300")
  int employeeCount;

  public boolean isEnabled() {
    return enabled;
  }

  @Transactional
  public void load() {
    boolean present =
        !em.createQuery("select a.id from Agency a where a.code = :code", Long.class)
            .setParameter("code", AGENCY_CODE)
            .getResultList()
            .isEmpty();
    if (present) {
      return;
    }
    Agency agency = new Agency(AGENCY_CODE, "Kementerian Contoh", ZoneId.of("Asia/Jakarta"));
    em.persist(agency);
    em.flush();
    long agencyId = agency.getId();

    OrgUnit root = unit(agencyId, null, "KC", "Kementerian Contoh");
    OrgUnit setjen = unit(agencyId, root, "SETJEN", "Sekretariat Jenderal");
    OrgUnit biroSdm = unit(agencyId, setjen, "BIRO-SDM", "Biro Sumber Daya Manusia");
    OrgUnit biroUmum = unit(agencyId, setjen, "BIRO-UMUM", "Biro Umum");
    OrgUnit biroKeu = unit(agencyId, setjen, "BIRO-KEU", "Biro Keuangan");
    OrgUnit ditjen = unit(agencyId, root, "DITJEN-LAYANAN", "Direktorat Jenderal Layanan Publik");
    OrgUnit dit1 = unit(agencyId, ditjen, "DIT-PELAYANAN", "Direktorat Standar Pelayanan");
    OrgUnit dit2 = unit(agencyId, ditjen, "DIT-DATA", "Direktorat Data dan Informasi");
    OrgUnit itjen = unit(agencyId, root, "ITJEN", "Inspektorat Jenderal");
    OrgUnit pusdiklat = unit(agencyId, root, "PUSBANG", "Pusat Pengembangan Kompetensi");
    List<OrgUnit> workUnits = List.of(biroSdm, biroUmum, biroKeu, dit1, dit2, itjen, pusdiklat);

    Position sekjen = position(agencyId, setjen, "JPT-MADYA-1", "Sekretaris Jenderal", PositionClass.JPT_MADYA, null);
    Position kepalaUnit =
        position(agencyId, null, "JPT-PRATAMA-1", "Kepala Biro / Direktur", PositionClass.JPT_PRATAMA, null);
    Position kabag = position(agencyId, null, "ADM-1", "Kepala Bagian", PositionClass.ADMINISTRATOR, null);
    Position kasubbag = position(agencyId, null, "PENGAWAS-1", "Kepala Subbagian", PositionClass.PENGAWAS, null);
    Position analisPertama =
        position(
            agencyId, biroSdm, "FUNG-ASN-1", "Analis SDM Aparatur Ahli Pertama", PositionClass.FUNCTIONAL, FunctionalGrade.AHLI_PERTAMA);
    Position analisMuda =
        position(
            agencyId, biroSdm, "FUNG-ASN-2", "Analis SDM Aparatur Ahli Muda", PositionClass.FUNCTIONAL, FunctionalGrade.AHLI_MUDA);
    Position pranata =
        position(
            agencyId, dit2, "FUNG-PRAKOM-1", "Pranata Komputer Terampil", PositionClass.FUNCTIONAL, FunctionalGrade.TERAMPIL);
    Position pengadministrasi =
        position(agencyId, null, "PEL-1", "Pengadministrasi Umum", PositionClass.EXECUTOR, null);
    Position pengelolaData = position(agencyId, null, "PEL-2", "Pengelola Data", PositionClass.EXECUTOR, null);

    Random random = new Random(20231231L);
    NipSequence nips = new NipSequence(random);
    Employee head = employee(agencyId, nips, random, setjen, sekjen, null, "IV/e");
    Map<OrgUnit, Employee> headOf = new LinkedHashMap<>();
    for (OrgUnit unit : workUnits) {
      headOf.put(unit, employee(agencyId, nips, random, unit, kepalaUnit, head, "IV/c"));
    }
    List<Position> staffPositions = List.of(kabag, kasubbag, analisPertama, analisMuda, pranata, pengadministrasi, pengelolaData);
    List<Employee> staff = new ArrayList<>();
    for (int i = staff.size() + headOf.size() + 1; i < employeeCount; i++) {
      OrgUnit unit = workUnits.get(i % workUnits.size());
      Position position = staffPositions.get(random.nextInt(staffPositions.size()));
      String rank = new String[] {"II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"}[random.nextInt(6)];
      staff.add(employee(agencyId, nips, random, unit, position, headOf.get(unit), rank));
    }
    em.flush();

    Employee hrManager = headOf.get(biroSdm);
    Employee supervisor = headOf.get(dit2);
    Employee employee = staff.stream().filter(e -> e.getUnitId() == dit2.getId()).findFirst().orElseThrow();
    Employee mentor = staff.stream().filter(e -> e.getUnitId() == biroSdm.getId()).findFirst().orElseThrow();
    account(agencyId, "admin", null, EnumSet.of(Role.ADMIN));
    account(agencyId, "hr", hrManager, EnumSet.of(Role.HR_MANAGER, Role.EMPLOYEE));
    account(agencyId, "atasan", supervisor, EnumSet.of(Role.SUPERVISOR, Role.EMPLOYEE));
    account(agencyId, "pegawai", employee, EnumSet.of(Role.EMPLOYEE));
    account(agencyId, "mentor", mentor, EnumSet.of(Role.MENTOR, Role.EMPLOYEE));
    LOG.info(() -> "Demo agency loaded: " + employeeCount + " employees, accounts admin, hr, atasan, pegawai, mentor");
  }

  private OrgUnit unit(long agencyId, OrgUnit parent, String code, String name) {
    OrgUnit unit = new OrgUnit(agencyId, code, name);
    em.persist(unit);
    unit.placeUnder(parent);
    return unit;
  }

  private Position position(
      long agencyId, OrgUnit unit, String code, String name, PositionClass positionClass, FunctionalGrade grade) {
    Position position = new Position(agencyId, unit == null ? null : unit.getId(), code, name, positionClass, grade);
    em.persist(position);
    return position;
  }

  private Employee employee(
      long agencyId, NipSequence nips, Random random, OrgUnit unit, Position position, Employee supervisor, String rank) {
    String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    EmployeeDetails details =
        new EmployeeDetails(
            nips.next(),
            name,
            rank,
            unit.getId(),
            position.getId(),
            supervisor == null ? null : supervisor.getId(),
            null);
    Employee employee = new Employee(agencyId, details, ACTOR);
    em.persist(employee);
    auditTrail.record(ACTOR, agencyId, "Employee", employee.getId(), AuditTrail.Action.CREATE, details.differencesFrom(null));
    return employee;
  }

  private void account(long agencyId, String username, Employee employee, Set<Role> roles) {
    em.persist(
        new UserAccount(agencyId, username, passwords.hash(PASSWORD), employee == null ? null : employee.getId(), roles));
  }

  /** Valid, distinct NIPs: birth 1965-2000, appointed at 22-30, gender 1 or 2, sequence counting up. */
  private static final class NipSequence {
    private final Random random;
    private int sequence;

    NipSequence(Random random) {
      this.random = random;
    }

    String next() {
      LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
      LocalDate appointed = birth.plusYears(22 + random.nextInt(8)).withDayOfMonth(1);
      sequence++;
      return String.format(
          "%04d%02d%02d%04d%02d%d%03d",
          birth.getYear(),
          birth.getMonthValue(),
          birth.getDayOfMonth(),
          appointed.getYear(),
          appointed.getMonthValue(),
          1 + random.nextInt(2),
          sequence % 1000 == 0 ? 1 : sequence % 1000);
    }
  }
}
