package id.bina.app.support;

import id.bina.app.support.AuthorizationMatrix.Rule;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds valid mentoring requests for the authorization matrix. Each agency gets, once, a pool of two
 * approved mentors: the "mentor" account's employee and employeeB (both with M.01 at level 4). Each rule
 * gets fresh objects in its relation to the caller:
 *
 * <ul>
 *   <li>own: the caller is a party (the "employee" account is the mentee employeeA1, the "mentor" account the
 *       mentor), or the caller's own pool entry;
 *   <li>same-unit: the mentoring of employeeA1 with the mentor (for HR and for employeeA1's supervisor, who
 *       are not parties);
 *   <li>other-unit: a mentoring the caller is no party to (the mentee colleagueA1 for the employee, the
 *       mentor employeeB for the mentor), or someone else's pool entry;
 *   <li>other-agency: the same objects in the other agency.
 * </ul>
 *
 * Every mentoring a rule opened is ended afterwards, so mentors never run out of places.
 */
public final class MentoringMatrix {

  private static final AtomicInteger CODES = new AtomicInteger();

  private final Api api;
  private final Map<Long, Pool> pools = new HashMap<>();
  private final List<Object[]> opened = new ArrayList<>();

  private record Pool(long integritas, long mentor, long mentorB) {}

  public MentoringMatrix(Api api) {
    this.api = api;
  }

  private Pool pool(TestAgency agency) {
    return pools.computeIfAbsent(
        agency.id,
        id -> {
          long integritas =
              api.as(agency.user("hr")).queryParam("q", "M.01").get("competencies").jsonPath().getLong("items[0].id");
          for (long employee : List.of(agency.mentor, agency.employeeB, agency.employeeA1, agency.colleagueA1, agency.supervisor)) {
            assess(agency, employee, integritas);
          }
          return new Pool(integritas, approvedMentor(agency, agency.mentor, integritas), approvedMentor(agency, agency.employeeB, integritas));
        });
  }

  private void assess(TestAgency agency, long employee, long competency) {
    api.as(agency.user("hr"))
        .body(Map.of("competencyId", competency, "level", 4, "method", "ASSESSMENT_CENTRE"))
        .post("competency-profiles/" + employee + "/assessments")
        .then()
        .statusCode(201);
  }

  private long approvedMentor(TestAgency agency, long employee, long integritas) {
    Response applied = apply(agency, employee, integritas);
    api.as(agency.user("hr"))
        .header("If-Match", applied.header("ETag"))
        .post("mentoring/mentors/" + applied.jsonPath().getLong("id") + "/approval")
        .then()
        .statusCode(200);
    return applied.jsonPath().getLong("id");
  }

  private Response apply(TestAgency agency, long employee, long integritas) {
    Response applied =
        api.as(agency.user("hr"))
            .body(Map.of("employeeId", employee, "competencyIds", List.of(integritas), "maxMentees", 20))
            .post("mentoring/mentors");
    applied.then().statusCode(201);
    return applied;
  }

  /** A pool entry waiting for approval: a fresh employee of the agency with M.01 at level 4. */
  private Response applicant(TestAgency agency) {
    long integritas = pool(agency).integritas();
    long employee =
        api.as(agency.user("hr"))
            .body(Map.of("nip", TestAgency.freshNip(), "name", "Calon Mentor " + CODES.incrementAndGet(), "unitId", agency.unitB))
            .post("employees")
            .jsonPath()
            .getLong("id");
    assess(agency, employee, integritas);
    return apply(agency, employee, integritas);
  }

  private long programme(TestAgency agency) {
    Response created =
        api.as(agency.user("hr"))
            .body(programmeBody())
            .post("mentoring/programmes");
    created.then().statusCode(201);
    return created.jsonPath().getLong("id");
  }

  private static Map<String, Object> programmeBody() {
    return Map.of(
        "name", "Program Matriks " + CODES.incrementAndGet(),
        "kind", "ONBOARDING",
        "durationMonths", 6,
        "targetSessionsPerMonth", 2,
        "jpPerSession", 2,
        "unitRule", "ANY");
  }

  /** An active mentoring assigned by HR, started a week ago; ended again after the rule. */
  private Response assignment(TestAgency agency, long mentee, long mentor) {
    Response created =
        api.as(agency.user("hr"))
            .body(
                Map.of(
                    "programmeId", programme(agency),
                    "menteeId", mentee,
                    "mentorId", mentor,
                    "startsOn", TestAgency.today().minusDays(7).toString()))
            .post("mentoring/assignments");
    created.then().statusCode(201);
    opened.add(new Object[] {agency, created.jsonPath().getLong("id")});
    return created;
  }

  /** A request of {@code menteeAccount} waiting for {@code mentor}; ended after the rule if accepted. */
  private Response request(TestAgency agency, String menteeAccount, long mentor) {
    Response created =
        api.as(agency.user(menteeAccount))
            .body(Map.of("programmeId", programme(agency), "mentorIds", List.of(mentor)))
            .post("mentoring/assignments/requests");
    created.then().statusCode(201);
    opened.add(new Object[] {agency, created.jsonPath().getLong("id")});
    return created;
  }

  private Response session(TestAgency agency, String mentorAccount, long assignment) {
    Response created = api.as(agency.user(mentorAccount)).body(sessionBody(assignment)).post("mentoring/sessions");
    created.then().statusCode(201);
    return created;
  }

  private static Map<String, Object> sessionBody(long assignment) {
    return Map.of("assignmentId", assignment, "date", TestAgency.today().minusDays(1).toString(), "durationMinutes", 60, "mode", "ONLINE");
  }

  private Map<String, Object> agreementBody(TestAgency agency) {
    return Map.of(
        "goals",
        List.of(Map.of("competencyId", pool(agency).integritas(), "targetLevel", 4, "dueOn", TestAgency.today().plusMonths(3).toString(), "selfLevel", 2)),
        "actionPlan",
        "Membaca dan menerapkan kode etik");
  }

  /** The mentoring in the rule's relation to the caller: who is mentee, who mentors (account and pool id). */
  private record Parties(TestAgency agency, long mentee, String menteeAccount, String mentorAccount, long mentor) {}

  private Parties parties(TestAgency agency, TestAgency other, Rule rule) {
    TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
    Pool pool = pool(owner);
    if (rule.relation().equals("other-unit")) {
      return rule.role().equals("MENTOR")
          ? new Parties(owner, owner.employeeA1, "employee", "employeeB", pool.mentorB())
          : new Parties(owner, owner.colleagueA1, null, "mentor", pool.mentor());
    }
    return new Parties(owner, owner.employeeA1, "employee", "mentor", pool.mentor());
  }

  /** Sends the rule's request and returns its answer, after ending what it opened. */
  public Response send(RequestSpecification request, TestAgency agency, TestAgency other, Rule rule) {
    try {
      return request.request(rule.method(), prepare(request, agency, other, rule));
    } finally {
      endOpened();
    }
  }

  private String prepare(RequestSpecification request, TestAgency agency, TestAgency other, Rule rule) {
    String path = rule.path();
    TestAgency owner = rule.relation().equals("other-agency") ? other : agency;
    if (path.startsWith("mentoring/programmes")) {
      if (path.equals("mentoring/programmes")) {
        if (rule.method().equals("POST")) {
          request.body(programmeBody());
        }
        return path;
      }
      long programme = programme(owner);
      if (rule.method().equals("PUT")) {
        request.header("If-Match", api.as(owner.user("hr")).get("mentoring/programmes/" + programme).header("ETag")).body(programmeBody());
      }
      if (path.endsWith("/suggestions") && rule.relation().equals("same-unit")) {
        request.queryParam("menteeId", rule.role().equals("EMPLOYEE") ? owner.colleagueA1 : owner.employeeA1);
      }
      return path.replace("{id}", Long.toString(programme));
    }
    if (path.startsWith("mentoring/mentors")) {
      Pool pool = pool(owner);
      if (path.equals("mentoring/mentors")) {
        if (rule.method().equals("POST")) {
          // own: the caller offers to mentor themself; otherwise they add colleagueA1.
          Map<String, Object> body = new HashMap<>(Map.of("competencyIds", List.of(pool.integritas()), "maxMentees", 3));
          if (!rule.relation().equals("own")) {
            body.put("employeeId", owner.colleagueA1);
          }
          request.body(body);
        }
        return path;
      }
      long mentor;
      String etag;
      if (path.endsWith("/approval") || path.endsWith("/withdrawal")) {
        // A fresh entry: withdrawing one of the pool's two mentors would leave later rules without them.
        Response applied = applicant(owner);
        mentor = applied.jsonPath().getLong("id");
        etag = applied.header("ETag");
        if (path.endsWith("/withdrawal")) {
          etag = api.as(owner.user("hr")).header("If-Match", etag).post("mentoring/mentors/" + mentor + "/approval").header("ETag");
          request.body(Map.of("reason", "Pindah tugas"));
        }
      } else {
        mentor = rule.relation().equals("own") ? pool.mentor() : rule.role().equals("MENTOR") ? pool.mentorB() : pool.mentor();
        etag = api.as(owner.user("hr")).get("mentoring/mentors/" + mentor).header("ETag");
      }
      if (!rule.method().equals("GET")) {
        request.header("If-Match", etag);
      }
      if (rule.method().equals("PUT")) {
        request.body(Map.of("competencyIds", List.of(pool.integritas()), "maxMentees", 20, "availability", "Selasa dan Kamis sore"));
      }
      return path.replace("{id}", Long.toString(mentor));
    }
    if (path.startsWith("mentoring/assignments")) {
      Parties parties = parties(agency, other, rule);
      if (path.equals("mentoring/assignments")) {
        if (rule.method().equals("POST")) {
          request.body(Map.of("programmeId", programme(owner), "menteeId", owner.employeeA1, "mentorId", pool(owner).mentor()));
        }
        return path;
      }
      if (path.equals("mentoring/assignments/requests")) {
        Pool pool = pool(owner);
        long mentor = rule.role().equals("MENTOR") ? pool.mentorB() : pool.mentor();
        request.body(Map.of("programmeId", programme(owner), "mentorIds", List.of(mentor)));
        return path;
      }
      Response assignment;
      if (path.endsWith("/acceptance") || path.endsWith("/declination")) {
        assignment = request(owner, parties.menteeAccount() == null ? "employee" : parties.menteeAccount(), parties.mentor());
      } else {
        assignment = assignment(owner, parties.mentee(), parties.mentor());
      }
      long id = assignment.jsonPath().getLong("id");
      String etag = assignment.header("ETag");
      if (path.endsWith("/agreement/signature") || path.endsWith("/final-assessment")) {
        etag = asParty(parties, false).header("If-Match", etag).body(agreementBody(owner)).put("mentoring/assignments/" + id + "/agreement").header("ETag");
        if (path.endsWith("/final-assessment")) {
          etag = asParty(parties, true).header("If-Match", etag).post("mentoring/assignments/" + id + "/agreement/signature").header("ETag");
          etag = asParty(parties, false).header("If-Match", etag).post("mentoring/assignments/" + id + "/agreement/signature").header("ETag");
        }
      }
      if (!rule.method().equals("GET") && !path.endsWith("/feedback")) {
        request.header("If-Match", etag);
      }
      if (path.endsWith("/status")) {
        request.body(Map.of("status", "PAUSED"));
      } else if (path.endsWith("/agreement")) {
        request.body(agreementBody(owner));
      } else if (path.endsWith("/final-assessment")) {
        request.body(Map.of("goals", List.of(Map.of("competencyId", pool(owner).integritas(), "finalLevel", 4))));
      } else if (path.endsWith("/feedback")) {
        request.body(Map.of("answers", List.of(4, 5, 4, 3, 5)));
      }
      return path.replace("{id}", Long.toString(id));
    }
    if (path.startsWith("mentoring/sessions")) {
      Parties parties = parties(agency, other, rule);
      long assignment = assignment(owner, parties.mentee(), parties.mentor()).jsonPath().getLong("id");
      if (path.equals("mentoring/sessions")) {
        if (rule.method().equals("POST")) {
          request.body(sessionBody(assignment));
        } else {
          request.queryParam("assignmentId", assignment);
        }
        return path;
      }
      Response session = session(owner, parties.mentorAccount(), assignment);
      if (!rule.method().equals("GET")) {
        request.header("If-Match", session.header("ETag"));
      }
      if (rule.method().equals("PUT")) {
        Map<String, Object> body = new HashMap<>(sessionBody(assignment));
        body.put("sharedSummary", "Membahas rencana pengembangan");
        body.put("privateNotes", "Perlu dorongan untuk presentasi");
        request.body(body);
      }
      return path.replace("{id}", Long.toString(session.jsonPath().getLong("id")));
    }
    if (path.startsWith("mentoring/follow-up")) {
      return path;
    }
    throw new IllegalStateException("no mentoring request known for " + rule.endpoint());
  }

  /** The mentee (first) or the mentor of the mentoring, as the account that can act for them. */
  private RequestSpecification asParty(Parties parties, boolean mentee) {
    String account = mentee ? parties.menteeAccount() : parties.mentorAccount();
    if (account == null) {
      throw new IllegalStateException("no account for the mentee " + parties.mentee());
    }
    return api.as(parties.agency().user(account));
  }

  private void endOpened() {
    for (Object[] entry : opened) {
      TestAgency agency = (TestAgency) entry[0];
      String path = "mentoring/assignments/" + entry[1];
      Response current = api.as(agency.user("hr")).get(path);
      String status = current.jsonPath().getString("status");
      if ("ACTIVE".equals(status) || "PAUSED".equals(status)) {
        api.as(agency.user("hr"))
            .header("If-Match", current.header("ETag"))
            .body(Map.of("status", "ENDED_EARLY", "reason", "Akhir uji matriks"))
            .post(path + "/status")
            .then()
            .statusCode(200);
      }
    }
    opened.clear();
  }
}
