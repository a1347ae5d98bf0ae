package id.bina.mentoring.application;

import id.bina.competency.ProfileReaders;
import id.bina.mentoring.domain.AssignmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The mentor of an ACTIVE assignment reads the mentee's competency profile (read only: competency never lets
 * such a reader assess). A paused, completed or ended mentoring grants nothing: a pause is a break from the
 * mentoring, and access should not outlive the work it serves.
 */
@ApplicationScoped
public class MentorProfileReaders implements ProfileReaders {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Override
  public boolean mayRead(long agencyId, long readerEmployeeId, long employeeId) {
    return em.createQuery(
                "select count(a) from Assignment a where a.agencyId = :agency and a.mentorEmployeeId = :reader"
                    + " and a.menteeEmployeeId = :mentee and a.status = :active",
                Long.class)
            .setParameter("agency", agencyId)
            .setParameter("reader", readerEmployeeId)
            .setParameter("mentee", employeeId)
            .setParameter("active", AssignmentStatus.ACTIVE)
            .getSingleResult()
        > 0;
  }
}
