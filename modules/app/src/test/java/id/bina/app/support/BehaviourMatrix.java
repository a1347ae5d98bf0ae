package id.bina.app.support;

import id.bina.app.support.AuthorizationMatrix.Rule;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds valid requests on re-assessment tasks for the authorization matrix. Each rule gets a fresh open task
 * (written directly, with a recorded class of its own; how tasks come about is tested in BehaviourIT) in its
 * relation to the caller, rating M.01:
 *
 * <ul>
 *   <li>own: for the supervisor, the task of their report employeeA1 assigned to them; for HR, the task of
 *       employeeB, who has no supervisor, so HR rates;
 *   <li>same-unit: the supervisor's task of employeeA1 (HR sees it but does not rate it);
 *   <li>other-unit: HR's task of employeeB (not the supervisor's);
 *   <li>other-agency: the same as own, in the other agency.
 * </ul>
 */
public final class BehaviourMatrix {

  /** Negative ids for the fixtures' classes and courses: never one training hands out. */
  private static final AtomicLong FIXTURE_IDS = new AtomicLong(-System.nanoTime() % 1_000_000_000L - 1_000_000_000L);

  private final Api api;
  private final Map<Long, Long> integritas = new HashMap<>();

  public BehaviourMatrix(Api api) {
    this.api = api;
  }

  public Response send(RequestSpecification request, TestAgency agency, TestAgency other, Rule rule) {
    TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
    boolean hr = rule.role().equals("HR_MANAGER");
    boolean supervisorsTask =
        switch (rule.relation()) {
          case "same-unit" -> true;
          case "other-unit" -> false;
          default -> !hr;
        };
    long competency =
        integritas.computeIfAbsent(
            owner.id, id -> api.as(owner.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id"));
    long task = task(owner, supervisorsTask, competency);
    if (rule.method().equals("POST")) {
      request.header("If-Match", "\"0\"").body(Map.of("ratings", List.of(Map.of("competencyId", competency, "level", 3))));
    }
    return request.request(rule.method(), rule.path().replace("{id}", Long.toString(task)));
  }

  /**
   * An open re-assessment task in one competency (level before 2) with a recorded class of its own: employeeA1's
   * for the supervisor, or employeeB's for HR; answers its id.
   */
  public static long task(TestAgency owner, boolean supervisorsTask, long competency) {
    long classId = FIXTURE_IDS.decrementAndGet();
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      execute(
          c,
          "INSERT INTO evaluation.evaluated_class (class_id, agency_id, class_code, class_name, course_id, course_code, course_title,"
              + " course_type, modality, cost_per_participant, lesson_hours, first_session_on, last_session_on)"
              + " VALUES (?, ?, ?, 'Angkatan Matriks', ?, 'MXB', 'Pelatihan Matriks', 'TECHNICAL', 'CLASSROOM', 0, 8,"
              + " current_date - 100, current_date - 99)",
          classId, owner.id, "MXB" + classId, classId);
      long task;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO evaluation.reassessment_task (id, agency_id, class_id, employee_id, assessor_employee_id, due_on, status,"
                  + " created_at) VALUES (nextval('evaluation.reassessment_task_seq'), ?, ?, ?, ?, current_date, 'OPEN', now())"
                  + " RETURNING id")) {
        s.setLong(1, owner.id);
        s.setLong(2, classId);
        s.setLong(3, supervisorsTask ? owner.employeeA1 : owner.employeeB);
        s.setObject(4, supervisorsTask ? owner.supervisor : null);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          task = r.getLong(1);
        }
      }
      execute(
          c,
          "INSERT INTO evaluation.reassessment_task_competency (task_id, competency_id, level_before) VALUES (?, ?, 2)",
          task, competency);
      c.commit();
      return task;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write a re-assessment task fixture", e);
    }
  }

  private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }
}
