package id.bina.app.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bina.app.support.BinaDeployment;
import id.bina.mentoring.application.StalledMentoringCheck;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the application and calls the hourly job itself: HR managers hear of a stalled mentoring once
 * per stall, however often the job runs; a new session ends the stall and the silence after it is told
 * again; paused or lively mentorings are not reported. Dates are moved in the database (the demo agency's
 * people, a programme and mentor of this test's own).
 */
@ExtendWith(ArquillianExtension.class)
class StalledMentoringNoticeIT {

  @Deployment
  static WebArchive bina() {
    return BinaDeployment.war().addClasses(StalledMentoringNoticeIT.class);
  }

  @Inject StalledMentoringCheck job;

  @Inject UserTransaction transaction;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  private long agency;
  private LocalDate today;
  private long programme;
  private long mentor;
  private long mentorEmployee;
  private List<Long> mentees;

  @BeforeEach
  void aProgrammeAndAMentorInTheDemoAgency() throws Exception {
    transaction.begin();
    agency = number("SELECT id FROM platform.agency WHERE code = 'DEMO'");
    today = LocalDate.now(ZoneId.of(text("SELECT time_zone FROM platform.agency WHERE id = " + agency)));
    List<Long> free =
        longs(
            "SELECT e.id FROM platform.employee e WHERE e.agency_id = " + agency + " AND e.active"
                + " AND NOT EXISTS (SELECT 1 FROM mentoring.mentor m WHERE m.employee_id = e.id) ORDER BY e.id DESC LIMIT 4");
    mentorEmployee = free.get(0);
    mentees = free.subList(1, 4);
    programme = number("SELECT nextval('mentoring.programme_seq')");
    update(
        "INSERT INTO mentoring.programme (id, agency_id, name, kind, duration_months, target_sessions_per_month, jp_per_session,"
            + " unit_rule, updated_at, updated_by) VALUES (" + programme + ", " + agency + ", 'Program macet " + programme
            + "', 'ONBOARDING', 12, 2, 1, 'ANY', now(), 'test')");
    mentor = number("SELECT nextval('mentoring.mentor_seq')");
    update(
        "INSERT INTO mentoring.mentor (id, agency_id, employee_id, status, max_mentees, applied_by, applied_at, approved_by, approved_at)"
            + " VALUES (" + mentor + ", " + agency + ", " + mentorEmployee + ", 'APPROVED', 5, 'test', now(), 'test', now())");
    transaction.commit();
  }

  @Test
  void hrHearsOfAStalledMentoringOncePerStall() throws Exception {
    long stalled = assignment(mentees.get(0), "ACTIVE", today.minusWeeks(10));
    long paused = assignment(mentees.get(1), "PAUSED", today.minusWeeks(10));
    long lively = assignment(mentees.get(2), "ACTIVE", today.minusWeeks(10));
    session(lively, today.minusWeeks(1));
    long hrManagers =
        count(
            "SELECT count(DISTINCT a.employee_id) FROM platform.user_account a JOIN platform.user_role r ON r.user_id = a.id"
                + " WHERE a.agency_id = " + agency + " AND r.role = 'HR_MANAGER' AND a.enabled AND a.employee_id IS NOT NULL");
    assertTrue(hrManagers > 0, "the demo agency has HR managers");

    job.hourly();
    assertEquals(hrManagers, notices(stalled), "each HR manager is told of the stalled mentoring");
    assertEquals(0, notices(paused), "a paused mentoring stalls on purpose");
    assertEquals(0, notices(lively), "a session a week ago keeps it alive");
    assertTrue(text("SELECT text FROM platform.notification WHERE topic = 'MENTORING_STALLED' AND subject_id = " + stalled + " LIMIT 1")
        .contains("sejak " + today.minusWeeks(10)), "the text says since when");

    job.hourly();
    job.hourly();
    assertEquals(hrManagers, notices(stalled), "the same stall is told once, however often the job runs");

    // A session five weeks ago ended that stall; the silence since is a new stall.
    session(stalled, today.minusWeeks(5));
    job.hourly();
    assertEquals(2 * hrManagers, notices(stalled));

    // A session yesterday: lively again, nothing more to tell; the lively one now stalls (moved back).
    session(stalled, today.minusDays(1));
    transaction.begin();
    update("UPDATE mentoring.session SET held_on = DATE '" + today.minusWeeks(4) + "' WHERE assignment_id = " + lively);
    transaction.commit();
    job.hourly();
    assertEquals(2 * hrManagers, notices(stalled));
    assertEquals(hrManagers, notices(lively), "exactly four weeks without a session is stalled");
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private long assignment(long mentee, String status, LocalDate startsOn) throws Exception {
    transaction.begin();
    long id = number("SELECT nextval('mentoring.assignment_seq')");
    update(
        "INSERT INTO mentoring.assignment (id, agency_id, programme_id, mentee_employee_id, mentor_id, mentor_employee_id, status,"
            + " starts_on, created_by, created_at) VALUES (" + id + ", " + agency + ", " + programme + ", " + mentee + ", " + mentor
            + ", " + mentorEmployee + ", '" + status + "', DATE '" + startsOn + "', 'test', now())");
    transaction.commit();
    return id;
  }

  private void session(long assignment, LocalDate heldOn) throws Exception {
    transaction.begin();
    update(
        "INSERT INTO mentoring.session (id, agency_id, assignment_id, mentor_employee_id, mentee_employee_id, held_on,"
            + " duration_minutes, mode, created_at) SELECT nextval('mentoring.session_seq'), agency_id, id, mentor_employee_id,"
            + " mentee_employee_id, DATE '" + heldOn + "', 60, 'ONLINE', now() FROM mentoring.assignment WHERE id = " + assignment);
    transaction.commit();
  }

  private long notices(long assignment) {
    return count(
        "SELECT count(*) FROM platform.notification WHERE agency_id = " + agency + " AND topic = 'MENTORING_STALLED'"
            + " AND subject_type = 'MentoringAssignment' AND subject_id = " + assignment);
  }

  private long count(String sql) {
    return number(sql);
  }

  private long number(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private String text(String sql) {
    return (String) em.createNativeQuery(sql).getSingleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Long> longs(String sql) {
    return ((List<Object>) em.createNativeQuery(sql).getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
  }

  private void update(String sql) {
    em.createNativeQuery(sql).executeUpdate();
  }
}
