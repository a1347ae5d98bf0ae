package id.bina.evaluation.application.behaviour;

import id.bina.competency.CompetencyLevels;
import id.bina.evaluation.application.ClassRecorded;
import id.bina.training.ClassCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a class is recorded: keeps each completed participant's current level in each competency the course
 * targets (the level before; null when not validly assessed) and schedules the follow-up
 * {@code bina.evaluation.follow-up-months} months after the last session. Runs once per class (ClassRecorded
 * fires once), in the recording transaction, without a caller.
 */
@ApplicationScoped
public class FollowUpPlanning {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject CompetencyLevels levels;

  @Inject
  @ConfigProperty(name = "bina.evaluation.follow-up-months", defaultValue = "3")
  int followUpMonths;

  @Transactional
  public void plan(@Observes ClassRecorded recorded) {
    ClassCompleted c = recorded.completed();
    List<Long> participants = c.participants().stream().filter(ClassCompleted.Participant::completed)
        .map(ClassCompleted.Participant::employeeId).distinct().toList();
    if (participants.isEmpty()) {
      return; // nobody to follow up
    }
    em.createNativeQuery(
            "INSERT INTO evaluation.behaviour_follow_up (class_id, agency_id, due_on) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (class_id) DO NOTHING")
        .setParameter(1, c.classId())
        .setParameter(2, c.agencyId())
        .setParameter(3, Date.valueOf(c.lastSessionOn().plusMonths(followUpMonths)))
        .executeUpdate();
    List<Long> targets = c.targetedCompetencies().stream().map(t -> t.competencyId()).distinct().toList();
    if (targets.isEmpty()) {
      return; // the participants' questionnaire still follows; there is nothing to re-assess
    }
    Map<String, Integer> current = new HashMap<>();
    for (CompetencyLevels.CurrentLevel level : levels.current(c.agencyId(), participants, targets)) {
      current.put(level.employeeId() + ":" + level.competencyId(), level.level());
    }
    List<Long> employees = new ArrayList<>();
    List<Long> competencies = new ArrayList<>();
    List<Integer> before = new ArrayList<>();
    for (Long employee : participants) {
      for (Long competency : targets) {
        employees.add(employee);
        competencies.add(competency);
        before.add(current.get(employee + ":" + competency));
      }
    }
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO evaluation.behaviour_level_before (class_id, employee_id, competency_id, level)"
                + " SELECT ?, e, k, l FROM unnest(?::bigint[], ?::bigint[], ?::smallint[]) AS x (e, k, l)"
                + " ON CONFLICT DO NOTHING")) {
      s.setLong(1, c.classId());
      s.setArray(2, connection.createArrayOf("bigint", employees.toArray()));
      s.setArray(3, connection.createArrayOf("bigint", competencies.toArray()));
      s.setArray(4, connection.createArrayOf("smallint", before.toArray()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("keeping the levels before failed", e);
    }
  }
}
