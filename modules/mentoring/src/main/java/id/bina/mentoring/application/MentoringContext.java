package id.bina.mentoring.application;

import id.bina.mentoring.domain.Assignment;
import id.bina.mentoring.domain.AssignmentStatus;
import id.bina.mentoring.domain.Mentor;
import id.bina.mentoring.domain.Programme;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.NotFoundException;
import id.bina.platform.Role;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every mentoring use case asks: who the caller is, their relation to an assignment, today's date. */
@ApplicationScoped
class MentoringContext {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  /** Methods, not fields, for other beans: they reach this bean through a client proxy. */
  Caller caller() {
    return caller;
  }

  Directory directory() {
    return directory;
  }

  /** The caller's relation to an assignment; a party wins over HR (an HR manager can be a mentee too). */
  enum Party {
    MENTEE,
    MENTOR,
    HR
  }

  long me() {
    return caller.employeeId().orElseThrow(() -> new AccessDeniedException("Mentoring is for accounts with an employee record"));
  }

  boolean isHr() {
    return caller.hasRole(Role.HR_MANAGER);
  }

  long agency() {
    return caller.agencyId();
  }

  LocalDate today() {
    return LocalDate.now(directory.zone());
  }

  Directory.EmployeeInfo employee(long id) {
    return directory.employee(id).orElseThrow(() -> new NotFoundException("Employee", id));
  }

  String nameOf(Long employeeId) {
    return employeeId == null ? null : directory.employee(employeeId).map(Directory.EmployeeInfo::name).orElse(null);
  }

  Programme programme(long id) {
    Programme programme = em.find(Programme.class, id);
    if (programme == null || programme.getAgencyId() != agency()) {
      throw new NotFoundException("Programme", id);
    }
    return programme;
  }

  Mentor mentor(long id) {
    Mentor mentor = em.find(Mentor.class, id);
    if (mentor == null || mentor.getAgencyId() != agency()) {
      throw new NotFoundException("Mentor", id);
    }
    return mentor;
  }

  Assignment assignment(long id) {
    Assignment assignment = em.find(Assignment.class, id);
    if (assignment == null || assignment.getAgencyId() != agency()) {
      throw new NotFoundException("Assignment", id);
    }
    return assignment;
  }

  /** The caller's relation to the assignment; 404 for anyone else. */
  Party partyTo(Assignment assignment) {
    Long me = caller.employeeId().orElse(null);
    if (me != null && me == assignment.getMenteeEmployeeId()) {
      return Party.MENTEE;
    }
    if (me != null && me.equals(assignment.getMentorEmployeeId())) {
      return Party.MENTOR;
    }
    if (isHr()) {
      return Party.HR;
    }
    throw new NotFoundException("Assignment", assignment.getId());
  }

  static void checkVersion(String what, Long id, long actual, long expected) {
    if (actual != expected) {
      throw new StaleVersionException(what, id);
    }
  }

  /** The mentee's supervisors upward (direct supervisor first); guarded against a cycle in bad data. */
  Set<Long> reportingLine(Directory.EmployeeInfo mentee) {
    Set<Long> line = new HashSet<>();
    Long next = mentee.supervisorId();
    while (next != null && line.add(next) && line.size() < 100) {
      next = directory.employee(next).map(Directory.EmployeeInfo::supervisorId).orElse(null);
    }
    return line;
  }

  /** Open (active or paused) assignments per mentor pool id, the capacity each one uses. */
  Map<Long, Integer> openAssignmentsPerMentor(List<Long> mentorIds) {
    Map<Long, Integer> counts = new HashMap<>();
    if (mentorIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select a.mentorId, count(a) from Assignment a where a.agencyId = :agency and a.mentorId in :ids"
                + " and a.status in :open group by a.mentorId",
            Object[].class)
        .setParameter("agency", agency())
        .setParameter("ids", mentorIds)
        .setParameter("open", List.of(AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED))
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
    return counts;
  }
}
