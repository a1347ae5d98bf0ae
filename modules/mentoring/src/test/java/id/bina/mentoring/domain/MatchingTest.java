package id.bina.mentoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatchingTest {

  private static final long UNIT_A1 = 11;
  private static final long UNIT_B = 20;

  // The mentee (employee 1 in A1) reports to 2, who reports to 3.
  private static final Matching.Mentee MENTEE = new Matching.Mentee(1, UNIT_A1, 2L, Set.of(2L, 3L));

  // Gaps: competency 100 by 3 levels, 200 by 1 level (total 4).
  private static final List<Matching.Gap> GAPS = List.of(new Matching.Gap(100, 3), new Matching.Gap(200, 1));

  private static Matching.Candidate candidate(long mentorId, long employeeId, long unit, Set<Long> offered, int max, int active) {
    return new Matching.Candidate(mentorId, employeeId, unit, offered, max, active);
  }

  @Test
  void coverageOfTheLargestGapsAndFreeCapacityMakeTheScore() {
    Matching.Result result =
        Matching.rank(
            MENTEE,
            GAPS,
            List.of(
                candidate(51, 10, UNIT_B, Set.of(200L), 2, 0), // 1/4 of the gap: 17.5 + 30 = 47.5
                candidate(52, 11, UNIT_B, Set.of(100L, 200L), 4, 3), // all of it: 70 + 7.5 = 77.5
                candidate(53, 12, UNIT_B, Set.of(100L), 2, 1)), // 3/4: 52.5 + 15 = 67.5
            UnitRule.ANY);
    assertEquals(List.of(52L, 53L, 51L), result.suggestions().stream().map(s -> s.candidate().mentorId()).toList());
    Matching.Suggestion best = result.suggestions().get(0);
    assertEquals(77.5, best.score());
    assertEquals(70.0, best.coveragePoints());
    assertEquals(7.5, best.capacityPoints());
    assertEquals(1, best.capacityLeft());
    assertEquals(List.of(100L, 200L), best.coveredCompetencies());
    assertEquals(0.75, result.suggestions().get(1).coverage());
    assertEquals(47.5, result.suggestions().get(2).score());
  }

  @Test
  void theMenteeTheirReportingLineAndFullMentorsAreLeftOutWithTheReason() {
    Matching.Result result =
        Matching.rank(
            MENTEE,
            GAPS,
            List.of(
                candidate(61, 1, UNIT_A1, Set.of(100L), 3, 0),
                candidate(62, 2, UNIT_A1, Set.of(100L), 3, 0),
                candidate(63, 3, UNIT_A1, Set.of(100L), 3, 0),
                candidate(64, 4, UNIT_B, Set.of(100L), 2, 2),
                candidate(65, 5, UNIT_B, Set.of(300L), 2, 0)),
            UnitRule.ANY);
    Map<Long, Matching.Reason> reasons =
        result.excluded().stream().collect(Collectors.toMap(e -> e.candidate().mentorId(), Matching.Exclusion::reason));
    assertEquals(
        Map.of(
            61L, Matching.Reason.MENTEE_THEMSELF,
            62L, Matching.Reason.DIRECT_SUPERVISOR,
            63L, Matching.Reason.REPORTING_LINE,
            64L, Matching.Reason.FULL),
        reasons);
    assertEquals(1, result.suggestions().size());
    assertEquals(30.0, result.suggestions().get(0).score()); // covers nothing, all places free
  }

  @Test
  void theProgrammesUnitRuleFiltersByTheMenteesOwnUnit() {
    List<Matching.Candidate> both =
        List.of(candidate(71, 20, UNIT_A1, Set.of(100L), 1, 0), candidate(72, 21, UNIT_B, Set.of(100L), 1, 0));
    assertEquals(List.of(71L), ids(Matching.rank(MENTEE, GAPS, both, UnitRule.SAME_UNIT)));
    assertEquals(List.of(72L), ids(Matching.rank(MENTEE, GAPS, both, UnitRule.DIFFERENT_UNIT)));
    // Equal scores: the lower employee id first.
    assertEquals(List.of(71L, 72L), ids(Matching.rank(MENTEE, GAPS, both, UnitRule.ANY)));
  }

  @Test
  void aMenteeWithoutGapsGetsMentorsRankedByCapacityAlone() {
    Matching.Result result =
        Matching.rank(
            MENTEE, List.of(), List.of(candidate(81, 30, UNIT_B, Set.of(100L), 4, 2), candidate(82, 31, UNIT_B, Set.of(100L), 4, 0)), UnitRule.ANY);
    assertEquals(List.of(82L, 81L), ids(result));
    assertEquals(0.0, result.suggestions().get(0).coverage());
  }

  private static List<Long> ids(Matching.Result result) {
    return result.suggestions().stream().map(s -> s.candidate().mentorId()).toList();
  }
}
