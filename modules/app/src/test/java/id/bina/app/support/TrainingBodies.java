package id.bina.app.support;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the training catalog, and a few steps that put a course or class in a given state. */
public final class TrainingBodies {

  private TrainingBodies() {}

  /** A valid technical classroom course of 24 JP without target competencies. */
  public static Map<String, Object> course(String code) {
    return course(code, "Pelatihan " + code, "Kursus untuk pegawai", "CLASSROOM", 24, List.of());
  }

  /** A valid course; {@code targets} are maps of competencyId and targetLevel. */
  public static Map<String, Object> course(
      String code, String title, String description, String modality, int jp, List<Map<String, Object>> targets) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("title", title);
    body.put("description", description);
    body.put("type", "TECHNICAL");
    body.put("modality", modality);
    body.put("lessonHours", jp);
    body.put("provider", Map.of("kind", "INTERNAL", "name", "Pusdiklat"));
    body.put("costPerParticipant", 1_500_000L);
    body.put("targetCompetencies", new ArrayList<>(targets));
    return body;
  }

  public static Map<String, Object> target(long competencyId, int level) {
    return Map.of("competencyId", competencyId, "targetLevel", level);
  }

  /** A valid class of the course, two sessions starting {@code daysAhead} from today, enrolment open now. */
  public static Map<String, Object> trainingClass(long courseId, String code, int daysAhead) {
    LocalDate first = TestAgency.today().plusDays(daysAhead);
    Map<String, Object> body = new HashMap<>();
    body.put("courseId", courseId);
    body.put("code", code);
    body.put("name", "Angkatan " + code);
    body.put(
        "sessions",
        List.of(
            Map.of("date", first.toString(), "startsAt", "08:00", "endsAt", "12:00"),
            Map.of("date", first.plusDays(1).toString(), "startsAt", "08:00", "endsAt", "15:30")));
    body.put("venue", "Aula Pusdiklat");
    body.put("capacity", 30);
    // Two days back: the agency's zone may already be a day ahead of the test machine's.
    body.put("enrolmentOpens", TestAgency.today().minusDays(2).toString());
    body.put("enrolmentCloses", first.minusDays(2).toString());
    body.put("quotas", List.of());
    body.put("trainers", List.of(Map.of("externalName", "Widyaiswara Ahli Utama")));
    return body;
  }

  /** Creates a course as {@code hr} and publishes it; answers the publish response. */
  public static Response publishedCourse(Api api, String hr, Map<String, Object> body) {
    Response created = api.as(hr).body(body).post("courses");
    created.then().statusCode(201);
    Response published =
        api.as(hr).header("If-Match", created.header("ETag")).post("courses/" + created.jsonPath().getLong("id") + "/publish");
    published.then().log().ifValidationFails().statusCode(200);
    return published;
  }

  /** Creates a class as {@code hr}, and moves it along {@code actions} (open, close, start, ...); the last response. */
  public static Response trainingClass(Api api, String hr, Map<String, Object> body, String... actions) {
    Response current = api.as(hr).body(body).post("classes");
    current.then().statusCode(201);
    long id = current.jsonPath().getLong("id");
    for (String action : actions) {
      current = api.as(hr).header("If-Match", current.header("ETag")).post("classes/" + id + "/" + action);
      current.then().statusCode(200);
    }
    return current;
  }

  /**
   * A certificate of a completed enrolment in the class, written straight into the database (completion
   * itself is tested in EnrolmentIT); answers its number.
   */
  public static String certificate(long agencyId, long employeeId, long classId) {
    String number = "BINA-2026-T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    try (java.sql.Connection c = TestDatabase.connect()) {
      long enrolment;
      try (java.sql.PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO training.enrolment (id, agency_id, class_id, employee_id, arrival, status, requested_at, updated_at, updated_by)"
                  + " VALUES (nextval('training.enrolment_seq'), ?, ?, ?, nextval('training.enrolment_seq'), 'COMPLETED', now(), now(), 'fixture')"
                  + " RETURNING id")) {
        s.setLong(1, agencyId);
        s.setLong(2, classId);
        s.setLong(3, employeeId);
        try (java.sql.ResultSet r = s.executeQuery()) {
          r.next();
          enrolment = r.getLong(1);
        }
      }
      try (java.sql.PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO training.certificate (id, agency_id, enrolment_id, employee_id, number, holder_name, course_code, course_title,"
                  + " class_name, first_day, last_day, jp, issued_on, created_at)"
                  + " VALUES (nextval('training.certificate_seq'), ?, ?, ?, ?, 'Pemegang Uji', 'UJI', 'Pelatihan Uji', 'Angkatan Uji',"
                  + " current_date, current_date, 24, current_date, now())")) {
        s.setLong(1, agencyId);
        s.setLong(2, enrolment);
        s.setLong(3, employeeId);
        s.setString(4, number);
        s.executeUpdate();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return number;
  }
}
