package id.bina.app.support;

import id.bina.app.support.AuthorizationMatrix.Rule;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds valid level-1 requests for the authorization matrix ({@code evaluation/questionnaires...}, {@code
 * evaluation/reaction...}, {@code evaluation/survey-invitations...}). Each rule that names an object gets a
 * fresh one of the agency in its relation: a questionnaire of the agency, a recorded class, or an open
 * invitation of the role's own employee ("own") or of employee B ("other-unit"), written directly.
 */
public final class ReactionMatrix {

  /** Negative ids for the fixtures' classes and courses: never one training hands out. */
  private static final AtomicLong FIXTURE_IDS = new AtomicLong(-System.nanoTime() % 1_000_000_000L - 2_000_000_000L);

  private ReactionMatrix() {}

  public static boolean handles(String path) {
    return path.startsWith("evaluation/questionnaires") || path.startsWith("evaluation/reaction")
        || path.startsWith("evaluation/survey-invitations");
  }

  public static Response send(RequestSpecification request, TestAgency agency, TestAgency other, Rule rule) {
    TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
    String path = rule.path();
    if (path.startsWith("evaluation/questionnaires")) {
      if (path.contains("{id}")) {
        path = path.replace("{id}", Long.toString(questionnaire(owner.id)));
      }
      if (!rule.method().equals("GET") && !path.endsWith("/activation")) {
        request.contentType("application/json").body(body());
        if (rule.method().equals("PUT")) {
          request.header("If-Match", "\"0\"");
        }
      }
    } else if (path.startsWith("evaluation/reaction")) {
      path = path.replace("{classId}", Long.toString(recordedClass(owner.id)));
    } else if (path.contains("{id}")) {
      long employee =
          rule.relation().equals("own")
              ? switch (rule.role()) {
                case "HR_MANAGER" -> owner.hrManager;
                case "SUPERVISOR" -> owner.supervisor;
                case "MENTOR" -> owner.mentor;
                default -> owner.employeeA1;
              }
              : owner.employeeB;
      path = path.replace("{id}", Long.toString(invitation(owner.id, employee)));
      List<Map<String, Object>> answers = new ArrayList<>();
      for (int position = 1; position <= 7; position++) {
        answers.add(Map.of("position", position, "score", 4));
      }
      request.contentType("application/json").body(Map.of("answers", answers));
    }
    return request.request(rule.method(), path);
  }

  static Map<String, Object> body() {
    return Map.of(
        "title", "Kuesioner Matriks", "kind", "REACTION",
        "items", List.of(Map.of("section", "CONTENT", "text", "Materi relevan", "kind", "LIKERT")));
  }

  private static long questionnaire(long agencyId) {
    return single(
        "INSERT INTO evaluation.questionnaire (id, agency_id, kind, title, created_by, created_at, updated_by, updated_at)"
            + " VALUES (nextval('evaluation.questionnaire_seq'), ?, 'REACTION', 'Matriks', 'fixture', now(), 'fixture', now()) RETURNING id",
        agencyId);
  }

  private static long recordedClass(long agencyId) {
    long classId = FIXTURE_IDS.decrementAndGet();
    single(
        "INSERT INTO evaluation.evaluated_class (class_id, agency_id, class_code, class_name, course_id, course_code, course_title,"
            + " course_type, modality, cost_per_participant, lesson_hours, first_session_on, last_session_on)"
            + " VALUES (?, ?, ?, 'Angkatan Matriks', ?, 'MXR', 'Pelatihan Matriks', 'TECHNICAL', 'CLASSROOM', 0, 8,"
            + " current_date - 3, current_date - 2) RETURNING class_id",
        classId, agencyId, "MXR" + classId, classId);
    return classId;
  }

  /** An open reaction survey (standard questionnaire) of a fresh class with one invitation: its id. */
  private static long invitation(long agencyId, long employeeId) {
    long classId = recordedClass(agencyId);
    long survey =
        single(
            "INSERT INTO evaluation.reaction_survey (id, agency_id, class_id, kind, questionnaire_id, opens_on, closes_on)"
                + " VALUES (nextval('evaluation.reaction_survey_seq'), ?, ?, 'REACTION', 1, current_date - 1, current_date + 10) RETURNING id",
            agencyId, classId);
    return single(
        "INSERT INTO evaluation.survey_invitation (id, survey_id, employee_id) VALUES (nextval('evaluation.survey_invitation_seq'), ?, ?)"
            + " RETURNING id",
        survey, employeeId);
  }

  private static long single(String sql, Object... parameters) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
