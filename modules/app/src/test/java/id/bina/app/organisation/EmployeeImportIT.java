package id.bina.app.organisation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bina.app.support.ApiTestBase;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TestDatabase;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV import: all or nothing, every row's error at once, and the same file twice changes nothing. */
class EmployeeImportIT extends ApiTestBase {

  private static final String HEADER = "nip,name,unit_code,rank_grade,position_code,supervisor_nip,email\n";

  private TestAgency agency;

  @BeforeEach
  void freshAgency() {
    agency = TestAgency.create("IMP");
  }

  private Response importing(TestAgency into, String csv) {
    return api.as(into.user("hr")).contentType("text/csv").body(csv).post("employees/import");
  }

  @Test
  void aValidFileImportsOnceAndASecondImportChangesNothing() throws Exception {
    String head = TestAgency.freshNip();
    String staff = TestAgency.freshNip();
    // The supervisor is named before their own row: the file is read as a whole.
    String csv =
        HEADER
            + staff + ",Ani Wulandari,A1,III/a,,\"" + head + "\",ani@example.go.id\n"
            + head + ",\"Rahmat, S.Kom\",A,IV/a,PEL-" + agency.code + ",,\n";
    importing(agency, csv).then().statusCode(200).body("rows", equalTo(2)).body("created", equalTo(2));
    assertEquals(2, TestDatabase.count("SELECT count(*) FROM platform.employee WHERE nip IN (?, ?)", head, staff));
    assertEquals(
        1,
        TestDatabase.count(
            "SELECT count(*) FROM platform.employee e JOIN platform.employee s ON s.id = e.supervisor_id"
                + " WHERE e.nip = ? AND s.nip = ?",
            staff,
            head));
    assertEquals(
        2,
        TestDatabase.count(
            "SELECT count(*) FROM platform.audit_entry a JOIN platform.employee e ON e.id = a.subject_id"
                + " WHERE a.subject_type = 'Employee' AND a.action = 'CREATE' AND e.nip IN (?, ?)",
            head,
            staff));

    importing(agency, csv)
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(2));

    importing(agency, csv.replace("Ani Wulandari", "Ani W. Putri"))
        .then()
        .statusCode(200)
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM platform.employee WHERE nip = ? AND name = 'Ani W. Putri' AND version = 2", staff));
  }

  @Test
  void aFileWithAnyInvalidRowImportsNothingAndListsEveryError() throws Exception {
    String good = TestAgency.freshNip();
    String duplicate = TestAgency.freshNip();
    String csv =
        HEADER
            + good + ",Baik Sekali,A,,,,\n"
            + "198513012010011001,Bulan Salah,A,,,,\n"
            + duplicate + ",Pertama,NOPE,III/z,,,bukan-email\n"
            + duplicate + ",Kedua,A,,,,\n"
            + TestAgency.freshNip() + ",,A,,,,\n";
    importing(agency, csv)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.size()", equalTo(6))
        .body("errors.row", hasItems(2, 3, 4, 5))
        .body("errors.find { it.row == 2 }.field", equalTo("nip"))
        .body("errors.findAll { it.row == 3 }.field", hasItems("unit_code", "rank_grade", "email"))
        .body("errors.find { it.row == 4 }.message", equalTo("same NIP as row 3"))
        .body("errors.find { it.row == 5 }.field", equalTo("name"));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM platform.employee WHERE nip IN (?, ?)", good, duplicate));
  }

  @Test
  void anotherAgencysPeopleCannotBeImportedOrUsedAsSupervisors() {
    TestAgency other = TestAgency.create("IMO");
    String theirs = TestAgency.freshNip();
    String theirHead = TestAgency.freshNip();
    importing(other, HEADER + theirs + ",Milik Lain,A,,,,\n" + theirHead + ",Kepala Lain,A,,,,\n").then().statusCode(200);
    importing(agency, HEADER + theirs + ",Diambil Alih,A,,,,\n" + TestAgency.freshNip() + ",Bawahan,A,,," + theirHead + ",\n")
        .then()
        .statusCode(400)
        .body("errors.find { it.row == 1 }.field", equalTo("nip"))
        .body("errors.find { it.row == 2 }.field", equalTo("supervisor_nip"));
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefused() {
    importing(agency, "nip,nama\n" + TestAgency.freshNip() + ",Siapa\n")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("name", "unit_code"));
  }

  @Test
  void onlyHrAndAdminsImport() {
    api.as(agency.user("supervisor"))
        .contentType("text/csv")
        .body(HEADER)
        .post("employees/import")
        .then()
        .statusCode(403);
  }

  @Test
  void aLargeFileImportsInBatches() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5_000; i++) {
      csv.append(TestAgency.freshNip()).append(",Pegawai ").append(i).append(",B,II/c,,,\n");
    }
    importing(agency, csv.toString()).then().statusCode(200).body("created", equalTo(5_000));
    assertEquals(5_000, TestDatabase.count("SELECT count(*) FROM platform.employee WHERE unit_id = ? AND name LIKE 'Pegawai %'", agency.unitB));
  }

}
