package id.bina.app.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.Api;
import id.bina.app.support.ApiTestBase;
import id.bina.app.support.AuthorizationMatrix;
import id.bina.app.support.AuthorizationMatrix.Rule;
import id.bina.app.support.CompetencyBodies;
import id.bina.app.support.TestAgency;
import id.bina.app.support.TrainingBodies;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Runs every row of authorization-matrix.csv against the live API: each role, on each endpoint, on objects
 * in each relation to the caller (own record, same unit, other unit, other agency) gets the status the
 * matrix says. A valid request is sent each time, so the answer reflects the rule, not a malformed body.
 */
class AuthorizationMatrixIT extends ApiTestBase {

  private static final AtomicInteger CODES = new AtomicInteger();

  @Test
  void everyRoleGetsWhatTheMatrixSays() {
    TestAgency agency = TestAgency.create("MTX");
    TestAgency other = TestAgency.create("MTO");
    List<String> wrong = new ArrayList<>();
    List<Rule> rules = AuthorizationMatrix.rules();
    for (Rule rule : rules) {
      try {
        int status = send(api, agency, other, rule).statusCode();
        if (status != rule.status()) {
          wrong.add(rule + " but got " + status);
        }
      } catch (RuntimeException | AssertionError e) {
        wrong.add(rule + " but preparing the request failed: " + e);
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " of " + rules.size() + " rules broken:\n" + String.join("\n", wrong));
  }

  private id.bina.app.support.MentoringMatrix mentoring;

  private static final Map<String, String> ACCOUNT =
      Map.of("ADMIN", "admin", "HR_MANAGER", "hr", "SUPERVISOR", "supervisor", "EMPLOYEE", "employee", "MENTOR", "mentor");

  private Response send(Api api, TestAgency agency, TestAgency other, Rule rule) {
    if (mentoring == null) {
      mentoring = new id.bina.app.support.MentoringMatrix(api);
    }
    RequestSpecification request =
        rule.role().equals("ANONYMOUS") ? api.anonymous() : api.as(agency.user(ACCOUNT.get(rule.role())));
    String path = rule.path();
    if (path.startsWith("mentoring/")) {
      return mentoring.send(request, agency, other, rule);
    }
    if (id.bina.app.support.LearningResultsMatrix.handles(path)) {
      return id.bina.app.support.LearningResultsMatrix.send(request, agency, other, rule);
    }
    if (id.bina.app.support.ReactionMatrix.handles(path)) {
      return id.bina.app.support.ReactionMatrix.send(request, agency, other, rule);
    }
    if (path.startsWith("evaluation/reassessment-tasks/{id}")) {
      return new id.bina.app.support.BehaviourMatrix(api).send(request, agency, other, rule);
    }
    if (path.startsWith("competency-profiles/{employeeId}")) {
      path = path.replace("{employeeId}", Long.toString(target(agency, other, rule)));
      if (rule.method().equals("POST")) {
        String method =
            rule.relation().equals("own") ? "SELF" : rule.role().equals("SUPERVISOR") ? "SUPERVISOR" : "ASSESSMENT_CENTRE";
        long integritas = api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
        request.body(Map.of("competencyId", integritas, "level", 3, "method", method));
      }
    } else if (path.startsWith("positions/{positionId}")) {
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      path = path.replace("{positionId}", Long.toString(owner.position));
      if (!rule.method().equals("GET")) {
        request.header("If-Match", api.as(owner.user("hr")).get("positions/" + owner.position + "/competency-standard").header("ETag"));
      }
      if (rule.method().equals("PUT")) {
        request.body(Map.of("entries", List.of()));
      } else if (rule.path().endsWith("/copy")) {
        request.body(Map.of("fromPositionId", owner.position));
      }
    } else if (path.startsWith("competencies/{id}")) {
      // A fresh technical competency of the agency in that relation, so each rule starts from the same state.
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      Response created =
          api.as(owner.user("hr")).body(CompetencyBodies.technical("MX-" + CODES.incrementAndGet())).post("competencies");
      path = path.replace("{id}", created.jsonPath().getString("id"));
      if (!rule.method().equals("GET")) {
        request.header("If-Match", created.header("ETag"));
      }
      if (rule.method().equals("PUT")) {
        request.body(CompetencyBodies.technical(null));
      }
    } else if (path.startsWith("accounts/{id}")) {
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      // The account of the person in that relation: the role's own account, or another one (the mentor's).
      String part = rule.relation().equals("own") ? ACCOUNT.get(rule.role()) : "mentor";
      long account = api.as(owner.user("admin")).queryParam("size", 200).get("accounts").jsonPath()
          .getLong("items.find { it.username == '" + owner.user(part) + "' }.id");
      path = path.replace("{id}", Long.toString(account));
      if (rule.method().equals("PUT")) {
        Response current = api.as(owner.user("admin")).get("accounts/" + account);
        request
            .header("If-Match", current.header("ETag"))
            .body(Map.of("roles", current.jsonPath().getList("roles"), "enabled", true));
      }
    } else if (path.startsWith("notifications/{id}")) {
      // A fresh notification for the employee in that relation (written directly: no API creates one alone).
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      path = path.replace("{id}", Long.toString(notification(owner.id, target(agency, other, rule))));
    } else if (path.startsWith("competency-evidence")) {
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      if (path.contains("{id}")) {
        // Fresh evidence submitted by the person in that relation: the caller, someone they supervise
        // (same-unit), someone outside their reach (other-unit), or someone of the other agency.
        String submitter =
            switch (rule.relation()) {
              case "own" -> ACCOUNT.get(rule.role());
              case "other-unit" -> rule.role().equals("MENTOR") || rule.role().equals("ADMIN") ? "employee" : "employeeB";
              default -> "employee";
            };
        Response created = api.as(owner.user(submitter)).body(evidence(api, owner)).post("competency-evidence");
        String id = created.jsonPath().getString("id");
        String etag = created.header("ETag");
        if (rule.path().endsWith("/file") && rule.method().equals("GET")) {
          etag =
              api.as(owner.user(submitter)).contentType("application/pdf").header("If-Match", etag).body(PDF)
                  .put("competency-evidence/" + id + "/file").header("ETag");
        }
        path = path.replace("{id}", id);
        if (!rule.method().equals("GET")) {
          request.header("If-Match", etag);
        }
        if (rule.method().equals("PUT")) {
          request.contentType("application/pdf").body(PDF);
        } else if (rule.path().endsWith("/acceptance")) {
          request.body(Map.of());
        } else if (rule.path().endsWith("/rejection")) {
          request.body(Map.of("reason", "Sertifikat tidak terbaca"));
        }
      } else if (rule.method().equals("POST")) {
        request.body(evidence(api, agency));
      }
    } else if (path.startsWith("courses/{id}")) {
      // A fresh course of the agency in that relation: a draft for publish, else published (employees see it).
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      String code = "MXC-" + CODES.incrementAndGet();
      Response current =
          rule.path().endsWith("/publish")
              ? api.as(owner.user("hr")).body(TrainingBodies.course(code)).post("courses")
              : TrainingBodies.publishedCourse(api, owner.user("hr"), TrainingBodies.course(code));
      path = path.replace("{id}", current.jsonPath().getString("id"));
      if (!rule.method().equals("GET")) {
        request.header("If-Match", current.header("ETag"));
      }
      if (rule.method().equals("PUT")) {
        request.body(TrainingBodies.course(code));
      }
    } else if (path.startsWith("classes/{id}")) {
      // A fresh class of a published course, in the state the action starts from.
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      int n = CODES.incrementAndGet();
      long course =
          TrainingBodies.publishedCourse(api, owner.user("hr"), TrainingBodies.course("MXK-" + n)).jsonPath().getLong("id");
      String[] before =
          switch (rule.path()) {
            case "classes/{id}/calendar.ics" -> new String[] {"open"};
            case "classes/{id}", "classes/{id}/close", "classes/{id}/start" ->
                rule.method().equals("GET") || !rule.path().equals("classes/{id}") ? new String[] {"open"} : new String[0];
            case "classes/{id}/complete" -> new String[] {"open", "start"};
            default -> new String[0];
          };
      Response current =
          TrainingBodies.trainingClass(api, owner.user("hr"), TrainingBodies.trainingClass(course, "MXK-" + n, 30), before);
      path = path.replace("{id}", current.jsonPath().getString("id"));
      if (!rule.method().equals("GET")) {
        request.header("If-Match", current.header("ETag"));
      }
      if (rule.path().endsWith("/capacity")) {
        request.body(Map.of("capacity", 40));
      } else if (rule.method().equals("PUT")) {
        request.body(TrainingBodies.trainingClass(course, "MXK-" + n, 31));
      } else if (rule.path().endsWith("/cancel")) {
        request.body(Map.of("reason", "Narasumber berhalangan"));
      }
    } else if (path.startsWith("development-plans/{id}")) {
      // A plan of the employee in that relation, written directly (one gap, one activity): a draft, or
      // submitted for the decisions. Each rule gets its own year, so plans never collide.
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      String status = rule.path().endsWith("/approve") || rule.path().endsWith("/return") ? "SUBMITTED" : "DRAFT";
      path = path.replace("{id}", Long.toString(developmentPlan(owner.id, target(agency, other, rule), status, integritas(api, owner))));
      if (!rule.method().equals("GET")) {
        request.header("If-Match", "\"0\"");
      }
      if (rule.method().equals("PUT")) {
        request.body(Map.of("gaps", List.of(), "activities", List.of()));
      } else if (rule.path().endsWith("/return")) {
        request.body(Map.of("reason", "Lengkapi kegiatan"));
      }
    } else if (path.startsWith("agency-plans/{id}")) {
      // A draft plan with one line, written directly: by the caller for "own", else by someone else.
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      String by = rule.relation().equals("own") ? agency.user("hr") : "matrix";
      long[] plan = agencyPlan(owner.id, by, integritas(api, owner));
      path = path.replace("{id}", Long.toString(plan[0])).replace("{lineId}", Long.toString(plan[1]));
      if (!rule.method().equals("GET")) {
        request.header("If-Match", "\"0\"");
      }
      if (rule.method().equals("POST") && rule.path().endsWith("/lines") || rule.method().equals("PUT")) {
        request.body(planLine(integritas(api, owner)));
      }
    } else if (path.startsWith("performance-ratings") && rule.method().equals("GET")) {
      request.queryParam("year", 2024);
    } else if (path.startsWith("enrolments") || path.startsWith("class-rules/") || path.startsWith("class-attendance/")
        || path.startsWith("certificates") || path.equals("jp/entries")) {
      path = enrolmentRequest(api, agency, other, rule, request);
    } else if (path.contains("{id}")) {
      long target = target(agency, other, rule);
      TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
      path = path.replace("{id}", Long.toString(target));
      if (rule.method().equals("PUT")) {
        Response current = api.as(owner.user("hr")).get("employees/" + target);
        // The record as it is, so that a permitted update changes nothing other rules rely on.
        Map<String, Object> body = new HashMap<>();
        body.put("nip", current.jsonPath().getString("nip"));
        body.put("name", current.jsonPath().getString("name"));
        body.put("unitId", current.jsonPath().getLong("unit.id"));
        body.put("positionId", current.jsonPath().get("position.id"));
        body.put("supervisorId", current.jsonPath().get("supervisorId"));
        body.put("rankGrade", current.jsonPath().get("rankGrade"));
        body.put("email", current.jsonPath().get("email"));
        request.header("If-Match", current.header("ETag")).body(body);
      }
    } else if (path.equals("competency-gaps/employees")) {
      request.queryParam("competencyId", api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id"));
    } else if (rule.method().equals("PUT") && rule.path().equals("competency-standards/default-levels")) {
      request.body(Map.of("PENGAWAS", 2));
    } else if (rule.method().equals("POST")) {
      int n = CODES.incrementAndGet();
      switch (rule.path()) {
        case "employees" -> request.body(Map.of("nip", TestAgency.freshNip(), "name", "Matriks " + n, "unitId", agency.unitA));
        case "employees/import" ->
            request.contentType("text/csv").body("nip,name,unit_code\n" + TestAgency.freshNip() + ",Impor " + n + ",A\n");
        case "units" -> request.body(Map.of("code", "MX-" + n, "name", "Unit Matriks " + n, "parentId", agency.rootUnit));
        case "positions" -> request.body(Map.of("code", "MX-" + n, "name", "Jabatan " + n, "positionClass", "EXECUTOR"));
        case "competencies" -> request.body(CompetencyBodies.technical("MX-" + n));
        case "competencies/import" -> {
          StringBuilder csv = new StringBuilder("code,name_id,definition_id,level,description_id,indicators\n");
          for (int level = 1; level <= 5; level++) {
            csv.append("MI-").append(n).append(",Impor,Definisi,").append(level).append(",Tingkat ").append(level).append(",Indikator\n");
          }
          request.contentType("text/csv").body(csv.toString());
        }
        case "courses" -> request.body(TrainingBodies.course("MXN-" + n));
        case "classes" -> {
          long course =
              TrainingBodies.publishedCourse(api, agency.user("hr"), TrainingBodies.course("MXP-" + n)).jsonPath().getLong("id");
          request.body(TrainingBodies.trainingClass(course, "MXP-" + n, 30));
        }
        case "development-plans" -> request.body(Map.of("year", DEVELOPMENT_PLAN_YEARS.incrementAndGet()));
        case "agency-plans" -> request.body(Map.of("year", AGENCY_PLAN_YEARS.incrementAndGet()));
        case "performance-ratings/import" ->
            request.contentType("text/csv")
                .body("nip,year,predicate\n" + api.as(agency.user("hr")).get("employees/" + agency.employeeA1).jsonPath().getString("nip") + ",2024,BAIK\n");
        case "competency-standards/import" ->
            request.contentType("text/csv").body("position_code,competency_code,required_level\nPEL-" + agency.code + ",M.01,2\n");
        case "accounts" ->
            request.body(
                Map.of("username", agency.code.toLowerCase() + "-new-" + n, "password", "kata-sandi-panjang-" + n, "roles", List.of("EMPLOYEE")));
        default -> throw new IllegalStateException("no request body known for POST " + rule.path());
      }
    }
    return request.request(rule.method(), path);
  }

  /**
   * Training enrolment paths: a fresh open class of the agency in the rule's relation, and the enrolment of
   * the person in that relation (own: the caller; same-unit: the supervisor's direct report; other-unit: the
   * employee of unit B, who has no supervisor, so HR decides; other-agency: the other agency's employee).
   */
  private String enrolmentRequest(Api api, TestAgency agency, TestAgency other, Rule rule, RequestSpecification request) {
    TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
    String path = rule.path();
    String hr = owner.user("hr");
    if (path.equals("enrolments") && rule.method().equals("POST")) {
      request.body(Map.of("classId", openClass(api, owner)));
      return path;
    }
    if (path.startsWith("enrolments/{id}")) {
      long k = openClass(api, owner);
      boolean confirmation = path.endsWith("/confirmation");
      if (confirmation) {
        String rulesTag = api.as(hr).get("class-rules/" + k).header("ETag");
        api.as(hr).header("If-Match", rulesTag).body(Map.of("hrConfirmation", true)).put("class-rules/" + k).then().statusCode(200);
      }
      String requester =
          switch (rule.relation()) {
            case "own" -> ACCOUNT.get(rule.role());
            case "other-unit" -> "employeeB";
            default -> "employee";
          };
      Response created = api.as(owner.user(requester)).body(Map.of("classId", k)).post("enrolments");
      created.then().statusCode(201);
      String id = created.jsonPath().getString("id");
      String etag = created.header("ETag");
      if (confirmation) {
        // Only the employee of unit A1 has a supervisor; the others are approved by HR.
        String approver = requester.equals("employee") ? "supervisor" : "hr";
        etag = api.as(owner.user(approver)).header("If-Match", etag).post("enrolments/" + id + "/approval").header("ETag");
      }
      if (rule.method().equals("POST")) {
        request.header("If-Match", etag);
      }
      if (path.endsWith("/rejection")) {
        request.body(Map.of("reason", "Beban kerja unit"));
      }
      return path.replace("{id}", id);
    }
    if (path.startsWith("class-rules/")) {
      long k = openClass(api, owner);
      if (rule.method().equals("PUT")) {
        request.header("If-Match", api.as(hr).get("class-rules/" + k).header("ETag"))
            .body(Map.of("attendanceThreshold", 75, "hrConfirmation", false));
      }
      return path.replace("{classId}", Long.toString(k));
    }
    if (path.startsWith("class-attendance/")) {
      if (path.endsWith("/test-scores/import")) {
        return path.replace("{classId}", Long.toString(classWithParticipant(api, owner, request)));
      }
      int n = CODES.incrementAndGet();
      long course = TrainingBodies.publishedCourse(api, hr, TrainingBodies.course("MXA-" + n)).jsonPath().getLong("id");
      String k =
          TrainingBodies.trainingClass(api, hr, TrainingBodies.trainingClass(course, "MXA-" + n, 30), "open", "start")
              .jsonPath().getString("id");
      if (path.endsWith("/post-test") || path.endsWith("/pre-test")) {
        request.body(Map.of("scores", List.of()));
      } else if (path.contains("{seq}")) {
        request.body(Map.of("presentEmployeeIds", List.of()));
      }
      return path.replace("{classId}", k).replace("{seq}", "0");
    }
    if (path.equals("jp/entries")) {
      long employee = rule.role().equals("HR_MANAGER") ? target(agency, other, rule) : agency.employeeA1;
      request.body(
          Map.of("employeeId", employee, "day", TestAgency.today().minusDays(3).toString(), "jp", 4,
              "title", "Bimtek luar", "reference", "SK-" + CODES.incrementAndGet()));
      return path;
    }
    if (path.equals("certificates/{number}/verification")) {
      return path.replace("{number}", "BINA-2026-0000-0000-0000");
    }
    if (path.equals("certificates/{number}/pdf")) {
      long holder = rule.role().equals("ANONYMOUS") ? agency.employeeA1 : target(agency, other, rule);
      return path.replace("{number}", TrainingBodies.certificate(owner.id, holder, openClass(api, owner)));
    }
    return path;
  }

  /**
   * A running class with employee A1 as its confirmed participant, and a test-score file for them as the
   * request's body.
   */
  private static long classWithParticipant(Api api, TestAgency owner, RequestSpecification request) {
    long k = openClass(api, owner);
    Response asked = api.as(owner.user("employee")).body(Map.of("classId", k)).post("enrolments");
    asked.then().statusCode(201);
    api.as(owner.user("supervisor")).header("If-Match", asked.header("ETag"))
        .post("enrolments/" + asked.jsonPath().getLong("id") + "/approval").then().statusCode(200);
    String tag = api.as(owner.user("hr")).get("classes/" + k).header("ETag");
    api.as(owner.user("hr")).header("If-Match", tag).post("classes/" + k + "/start").then().statusCode(200);
    String nip = api.as(owner.user("hr")).get("employees/" + owner.employeeA1).jsonPath().getString("nip");
    request.contentType("text/csv").body("nip,pre_test,post_test\n" + nip + ",40,\n");
    return k;
  }

  /** A fresh open class; sessions on two days of their own, so one person's seats never clash. */
  private static long openClass(Api api, TestAgency owner) {
    int n = CODES.incrementAndGet();
    String hr = owner.user("hr");
    long course = TrainingBodies.publishedCourse(api, hr, TrainingBodies.course("MXE-" + n)).jsonPath().getLong("id");
    return TrainingBodies.trainingClass(api, hr, TrainingBodies.trainingClass(course, "MXE-" + n, 30 + 2 * n), "open")
        .jsonPath().getLong("id");
  }

  private static final byte[] PDF = "%PDF-1.4\n% matriks\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** A valid evidence submission for the national competency M.01 (in every agency's dictionary). */
  private static Map<String, Object> evidence(Api api, TestAgency agency) {
    long integritas = api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
    return Map.of(
        "competencyId", integritas,
        "kind", "CERTIFICATE",
        "title", "Sertifikat Matriks " + CODES.incrementAndGet(),
        "issuedOn", TestAgency.today().minusMonths(1).toString(),
        "claimedLevel", 3);
  }

  /** Plan years handed out to fixtures and creations, so that no two plans of one person or agency collide. */
  private static final AtomicInteger DEVELOPMENT_PLAN_YEARS = new AtomicInteger(2000);

  private static final AtomicInteger AGENCY_PLAN_YEARS = new AtomicInteger(2000);

  private static long integritas(Api api, TestAgency agency) {
    return api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
  }

  /** A development plan of the employee with one gap and one mentoring activity, in the given status. */
  private static long developmentPlan(long agencyId, long employee, String status, long competency) {
    try (java.sql.Connection c = id.bina.app.support.TestDatabase.connect()) {
      long id = insert(
          c,
          "INSERT INTO training.development_plan (id, agency_id, employee_id, plan_year, status, submitted_at, created_at, created_by, updated_at, updated_by)"
              + " VALUES (nextval('training.development_plan_seq'), ?, ?, ?, ?, now(), now(), 'matrix', now(), 'matrix') RETURNING id",
          agencyId, employee, DEVELOPMENT_PLAN_YEARS.incrementAndGet(), status);
      insert(c, "INSERT INTO training.development_plan_gap (plan_id, seq, competency_id, required_level, target_level) VALUES (?, 0, ?, 3, 3) RETURNING plan_id", id, competency);
      insert(
          c,
          "INSERT INTO training.development_plan_activity (plan_id, seq, kind, modality, description, planned_jp, planned_quarter)"
              + " VALUES (?, 0, 'MENTORING', 'MENTORING', 'Mentoring', 8, 1) RETURNING plan_id",
          id);
      return id;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A draft agency plan made by {@code by} with one line: [plan id, line id]. */
  private static long[] agencyPlan(long agencyId, String by, long competency) {
    try (java.sql.Connection c = id.bina.app.support.TestDatabase.connect()) {
      long plan = insert(
          c,
          "INSERT INTO training.agency_plan (id, agency_id, plan_year, status, created_at, created_by, updated_at, updated_by)"
              + " VALUES (nextval('training.agency_plan_seq'), ?, ?, 'DRAFT', now(), ?, now(), ?) RETURNING id",
          agencyId, AGENCY_PLAN_YEARS.incrementAndGet(), by, by);
      long line = insert(
          c,
          "INSERT INTO training.agency_plan_line (id, plan_id, competency_id, development_type, modality, provider_kind, planned_quarter, classes, seats, budget)"
              + " VALUES (nextval('training.agency_plan_line_seq'), ?, ?, 'TECHNICAL', 'CLASSROOM', 'INTERNAL', 1, 1, 10, 15000000) RETURNING id",
          plan, competency);
      return new long[] {plan, line};
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> planLine(long competency) {
    return Map.of(
        "competencyId", competency,
        "developmentType", "TECHNICAL",
        "modality", "CLASSROOM",
        "provider", Map.of("kind", "INTERNAL", "name", "Pusdiklat"),
        "plannedQuarter", 2,
        "classes", 1,
        "seats", 20,
        "budget", 30_000_000L);
  }

  private static long insert(java.sql.Connection c, String sql, Object... parameters) throws java.sql.SQLException {
    try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long notification(long agencyId, long recipient) {
    try (java.sql.Connection c = id.bina.app.support.TestDatabase.connect();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO platform.notification (id, agency_id, recipient_employee_id, topic, subject_type, subject_id, text, created_at)"
                    + " VALUES (nextval('platform.notification_seq'), ?, ?, 'MATRIX', 'Test', 1, 'Pesan uji', now()) RETURNING id")) {
      s.setLong(1, agencyId);
      s.setLong(2, recipient);
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The employee in the given relation to the account playing the rule's role. */
  private static long target(TestAgency agency, TestAgency other, Rule rule) {
    Map<String, Long> own = new HashMap<>();
    own.put("HR_MANAGER", agency.hrManager);
    own.put("SUPERVISOR", agency.supervisor);
    own.put("EMPLOYEE", agency.employeeA1);
    own.put("MENTOR", agency.mentor);
    own.put("ADMIN", agency.employeeB); // an administrator has no employee record of their own
    return switch (rule.relation()) {
      case "own" -> own.get(rule.role());
      case "same-unit" -> switch (rule.role()) {
        case "EMPLOYEE" -> agency.colleagueA1;
        case "MENTOR" -> agency.employeeB;
        default -> agency.employeeA1; // in the supervisor's unit A (below it), and below the root for HR
      };
      case "other-unit" -> rule.role().equals("MENTOR") ? agency.employeeA1 : agency.employeeB;
      case "other-agency" -> other.employeeA1;
      default -> throw new IllegalStateException("unknown relation " + rule.relation());
    };
  }
}
