package id.bina.evaluation.application.behaviour;

import id.bina.competency.CompetencyLevels;
import id.bina.evaluation.Estimate;
import id.bina.evaluation.MentoringEffectiveness;
import id.bina.evaluation.MentoringEffectivenessView;
import id.bina.evaluation.domain.Statistics;
import id.bina.mentoring.AssignmentOutcome;
import id.bina.mentoring.GoalOutcome;
import id.bina.mentoring.MentoringFollowUp;
import id.bina.mentoring.MentoringProgrammes;
import id.bina.mentoring.ProgrammeView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mentoring effectiveness from the mentoring module's follow-up (goal outcomes, sessions, feedback) and the
 * competency module's history: each goal of a completed mentoring is a span (mentee, competency, start, end);
 * the comparison group of a span is everyone of the agency now in the same kind of position who was never a
 * mentee, over the same competency and period. Both are computed in one query each by the competency module.
 */
@ApplicationScoped
public class MentoringEffectivenessService implements MentoringEffectiveness {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Statistics statistics;

  @Inject MentoringProgrammes programmes;

  @Inject MentoringFollowUp followUp;

  @Inject CompetencyLevels levels;

  /** Running sums of a group's changes. */
  private static final class Sums {
    long n;
    long sum;
    long squares;

    void add(long count, long total, long totalSquares) {
      n += count;
      sum += total;
      squares += totalSquares;
    }

    Estimate mean(Statistics statistics) {
      return statistics.mean(n, sum, squares);
    }
  }

  @Override
  @Transactional
  public List<MentoringEffectivenessView> report(Long programmeId) {
    if (!caller.hasRole(Role.HR_MANAGER)) {
      throw new AccessDeniedException("Mentoring effectiveness is HR's");
    }
    List<ProgrammeView> chosen = new ArrayList<>();
    if (programmeId != null) {
      chosen.add(programmes.get(programmeId));
    } else {
      for (int page = 0; ; page++) {
        Page<ProgrammeView> p = programmes.list(new PageRequest(page, PageRequest.MAX_SIZE));
        chosen.addAll(p.items());
        if ((long) (page + 1) * PageRequest.MAX_SIZE >= p.totalItems()) {
          break;
        }
      }
    }
    // Every mentoring of the agency: anyone ever mentored is left out of the comparison groups.
    List<AssignmentOutcome> outcomes = followUp.assignmentOutcomes(null);
    Set<Long> mentored = outcomes.stream().map(AssignmentOutcome::menteeId).collect(Collectors.toSet());
    Map<Long, AssignmentOutcome> byAssignment = new HashMap<>();
    outcomes.forEach(o -> byAssignment.put(o.assignmentId(), o));
    List<GoalOutcome> goals = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<GoalOutcome> p = followUp.goalOutcomes(programmeId, new PageRequest(page, PageRequest.MAX_SIZE));
      goals.addAll(p.items());
      if ((long) (page + 1) * PageRequest.MAX_SIZE >= p.totalItems()) {
        break;
      }
    }

    // The span of each goal of a completed mentoring, from its start to its end.
    List<CompetencyLevels.Span> spans = new ArrayList<>();
    List<Long> spanProgramme = new ArrayList<>();
    for (GoalOutcome g : goals) {
      AssignmentOutcome o = byAssignment.get(g.assignmentId());
      if (o != null && o.startsOn() != null && o.endedOn() != null && !o.endedOn().isBefore(o.startsOn())) {
        spans.add(new CompetencyLevels.Span(g.menteeId(), g.competencyId(), o.startsOn(), o.endedOn()));
        spanProgramme.add(g.programmeId());
      }
    }
    List<CompetencyLevels.SpanLevels> spanLevels = levels.levelsOver(caller.agencyId(), spans);
    Map<Long, String> kinds = positionKinds(spans.stream().map(CompetencyLevels.Span::employeeId).collect(Collectors.toSet()));
    Map<CompetencyLevels.Cohort, CompetencyLevels.CohortChange> cohortChanges = new HashMap<>();
    Set<CompetencyLevels.Cohort> cohorts = new LinkedHashSet<>();
    for (CompetencyLevels.SpanLevels s : spanLevels) {
      CompetencyLevels.Cohort cohort = cohortOf(s.span(), kinds);
      if (s.change() != null && cohort != null) {
        cohorts.add(cohort);
      }
    }
    levels.cohortChanges(caller.agencyId(), new ArrayList<>(cohorts), mentored)
        .forEach(c -> cohortChanges.put(c.cohort(), c));

    Map<Long, Sums> mentees = new HashMap<>();
    Map<Long, Set<CompetencyLevels.Cohort>> comparedWith = new HashMap<>();
    for (int i = 0; i < spanLevels.size(); i++) {
      CompetencyLevels.SpanLevels s = spanLevels.get(i);
      if (s.change() == null) {
        continue;
      }
      long programme = spanProgramme.get(i);
      int change = s.change();
      mentees.computeIfAbsent(programme, k -> new Sums()).add(1, change, (long) change * change);
      CompetencyLevels.Cohort cohort = cohortOf(s.span(), kinds);
      if (cohort != null) {
        // A comparison group shared by several goals of one programme counts once.
        comparedWith.computeIfAbsent(programme, k -> new LinkedHashSet<>()).add(cohort);
      }
    }

    List<MentoringEffectivenessView> views = new ArrayList<>();
    for (ProgrammeView p : chosen) {
      List<AssignmentOutcome> mine = outcomes.stream().filter(o -> o.programmeId() == p.id()).toList();
      List<GoalOutcome> myGoals = goals.stream().filter(g -> g.programmeId() == p.id()).toList();
      long reached = myGoals.stream().filter(GoalOutcome::reached).count();
      long held = 0;
      long confirmed = 0;
      long planned = 0;
      for (AssignmentOutcome o : mine) {
        held += o.sessionsHeld();
        confirmed += o.sessionsConfirmed();
        planned += o.sessionsPlanned();
      }
      // The ratio per mentoring needs a plan; sums of squares of ratios are not integers, so they go in here.
      double[] ratios = mine.stream().filter(o -> o.sessionsPlanned() > 0)
          .mapToDouble(o -> (double) o.sessionsHeld() / o.sessionsPlanned()).toArray();
      Sums mentee = mentees.getOrDefault(p.id(), new Sums());
      Sums comparison = new Sums();
      Set<CompetencyLevels.Cohort> groups = comparedWith.getOrDefault(p.id(), Set.of());
      for (CompetencyLevels.Cohort cohort : groups) {
        CompetencyLevels.CohortChange c = cohortChanges.get(cohort);
        if (c != null) {
          comparison.add(c.n(), c.sum(), c.sumOfSquares());
        }
      }
      views.add(
          new MentoringEffectivenessView(
              p.id(), p.name(), statistics.minimumGroup(), mine.size(),
              mine.stream().filter(o -> o.status().equals("COMPLETED")).count(),
              statistics.proportion(reached, myGoals.size()),
              new MentoringEffectivenessView.Sessions(mine.size(), held, confirmed, planned, statistics.mean(ratios)),
              followUp.programmeFeedback(p.id()),
              new MentoringEffectivenessView.CompetencyChange(
                  mentee.mean(statistics), comparison.mean(statistics),
                  statistics.difference(mentee.n, mentee.sum, mentee.squares, comparison.n, comparison.sum, comparison.squares),
                  groups.size())));
    }
    return views;
  }

  private static CompetencyLevels.Cohort cohortOf(CompetencyLevels.Span span, Map<Long, String> kinds) {
    String kind = kinds.get(span.employeeId());
    return kind == null ? null : new CompetencyLevels.Cohort(kind, span.competencyId(), span.from(), span.to());
  }

  /** The kind of position each mentee holds now, from the platform's published directory, in one query. */
  private Map<Long, String> positionKinds(Set<Long> employees) {
    Map<Long, String> kinds = new LinkedHashMap<>();
    if (employees.isEmpty()) {
      return kinds;
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT employee_id, position_kind FROM platform.employee_directory WHERE agency_id = ?1 AND employee_id IN ("
                    + employees.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
            .setParameter(1, caller.agencyId())
            .getResultList()) {
      Object[] r = (Object[]) row;
      if (r[1] != null) {
        kinds.put(((Number) r[0]).longValue(), (String) r[1]);
      }
    }
    return kinds;
  }
}
