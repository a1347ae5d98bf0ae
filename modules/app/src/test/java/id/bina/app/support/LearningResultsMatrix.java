package id.bina.app.support;

import id.bina.app.support.AuthorizationMatrix.Rule;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Builds valid requests for the level-2 and level-4 evaluation reports ({@code evaluation/learning...}, {@code
 * evaluation/results...}) in the authorization matrix. Each rule that names a class or course gets a fresh
 * completed class of the agency in its relation, recorded the way evaluation records training's ClassCompleted
 * (written directly: completing a class through training is tested in LearningResultsIT), so a benefit estimate
 * always starts from version 0.
 */
public final class LearningResultsMatrix {

  private LearningResultsMatrix() {}

  public static boolean handles(String path) {
    return path.startsWith("evaluation/learning") || path.startsWith("evaluation/results") || path.startsWith("evaluation/report");
  }

  public static Response send(RequestSpecification request, TestAgency agency, TestAgency other, Rule rule) {
    TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
    String path = rule.path();
    if (path.contains("{classId}") || path.contains("{courseId}")) {
      long[] recorded = completedClass(owner.id);
      path = path.replace("{classId}", Long.toString(recorded[0])).replace("{courseId}", Long.toString(recorded[1]));
    }
    if (path.startsWith("evaluation/report")) {
      // The combined report names its class as a query parameter; the chart is the first one.
      request.queryParam("classId", completedClass(owner.id)[0]);
      path = path.replace("{index}", "0");
    }
    if (path.startsWith("evaluation/learning") && !path.contains("/classes/")) {
      request.queryParam("by", "COURSE");
    }
    if (rule.method().equals("PUT")) {
      request.header("If-Match", "\"0\"").body(Map.of("amount", 25_000_000L, "basis", "Penghematan waktu layanan"));
    }
    return request.request(rule.method(), path);
  }

  /** A completed class as evaluation records it, with one participant: [class id, course id]. */
  private static long[] completedClass(long agencyId) {
    try (Connection c = TestDatabase.connect()) {
      long classId = next(c, "SELECT nextval('training.training_class_seq')");
      long courseId = next(c, "SELECT nextval('training.course_seq')");
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO evaluation.evaluated_class (class_id, agency_id, class_code, class_name, course_id, course_code,"
                  + " course_title, course_type, modality, provider_name, cost_per_participant, lesson_hours, first_session_on,"
                  + " last_session_on) VALUES (?, ?, 'MXV', 'Angkatan Matriks', ?, 'MXV', 'Pelatihan Matriks', 'TECHNICAL',"
                  + " 'CLASSROOM', 'Pusdiklat', 1500000, 24, current_date - 2, current_date - 1)")) {
        s.setLong(1, classId);
        s.setLong(2, agencyId);
        s.setLong(3, courseId);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO evaluation.participation (id, agency_id, class_id, enrolment_id, employee_id, completed,"
                  + " pre_test_score, post_test_score)"
                  + " SELECT nextval('evaluation.participation_seq'), ?, ?, nextval('training.enrolment_seq'), e.id, TRUE, 50, 80"
                  + " FROM platform.employee e WHERE e.agency_id = ? ORDER BY e.id LIMIT 1")) {
        s.setLong(1, agencyId);
        s.setLong(2, classId);
        s.setLong(3, agencyId);
        s.executeUpdate();
      }
      return new long[] {classId, courseId};
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long next(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
