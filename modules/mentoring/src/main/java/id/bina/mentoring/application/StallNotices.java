package id.bina.mentoring.application;

import id.bina.platform.Notifications;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells each agency's HR managers of its active mentorings that stalled: no session for
 * {@code bina.mentoring.stalled-weeks} weeks, counted from the start when there is none (the rule of the
 * follow-up board; a paused mentoring is not chased). Once per stall: a notice row per assignment and the
 * day its silence began is written first, and only the run that wrote it notifies; a later session and a
 * new silence make a new stall. Runs over every agency, each with its own calendar day, without a caller.
 */
@ApplicationScoped
public class StallNotices {

  static final String TOPIC = "MENTORING_STALLED";

  /** Stalled mentorings handled per run; the next run takes the rest. */
  private static final int BATCH = 1000;

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Notifications notifications;

  @Inject
  @ConfigProperty(name = "bina.mentoring.stalled-weeks", defaultValue = "4")
  int stalledWeeks;

  /** @return how many stalled mentorings HR was told of in this run */
  @Transactional
  public int notifyStalled() {
    @SuppressWarnings("unchecked")
    List<Object[]> stalled =
        em.createNativeQuery(
                "SELECT a.id, a.agency_id, s.since, mentee.name, mentor.name, p.name"
                    + " FROM mentoring.assignment a"
                    + " JOIN platform.agency_directory ad ON ad.agency_id = a.agency_id"
                    + " JOIN mentoring.programme p ON p.id = a.programme_id"
                    + " CROSS JOIN LATERAL (SELECT GREATEST(a.starts_on, max(x.held_on)) AS since"
                    + "   FROM mentoring.session x WHERE x.assignment_id = a.id) s"
                    + " LEFT JOIN platform.employee_directory mentee ON mentee.employee_id = a.mentee_employee_id"
                    + " LEFT JOIN platform.employee_directory mentor ON mentor.employee_id = a.mentor_employee_id"
                    + " WHERE a.status = 'ACTIVE' AND s.since <= (now() AT TIME ZONE ad.time_zone)::date - " + stalledWeeks * 7
                    + " AND NOT EXISTS (SELECT 1 FROM mentoring.stall_notice n WHERE n.assignment_id = a.id AND n.stalled_since = s.since)"
                    + " ORDER BY a.id LIMIT " + BATCH)
            .getResultList();
    int told = 0;
    for (Object[] row : stalled) {
      long assignment = ((Number) row[0]).longValue();
      long agency = ((Number) row[1]).longValue();
      LocalDate since = row[2] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[2];
      // Another node may have written it meanwhile: then it told HR, and this one stays quiet.
      int written =
          em.createNativeQuery(
                  "INSERT INTO mentoring.stall_notice (assignment_id, stalled_since, agency_id, notified_at)"
                      + " VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING")
              .setParameter(1, assignment)
              .setParameter(2, java.sql.Date.valueOf(since))
              .setParameter(3, agency)
              .executeUpdate();
      if (written == 1) {
        notifications.notifyRole(
            agency, Role.HR_MANAGER, null, TOPIC, AssignmentService.SUBJECT, assignment,
            "Pembimbingan " + row[3] + " oleh mentor " + row[4] + " dalam program \"" + row[5] + "\" tidak mencatat sesi sejak "
                + since + " (" + stalledWeeks + " minggu atau lebih). Mohon ditindaklanjuti bersama mentor dan mentee.");
        told++;
      }
    }
    return told;
  }
}
