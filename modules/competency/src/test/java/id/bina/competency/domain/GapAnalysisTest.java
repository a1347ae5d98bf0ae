package id.bina.competency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

  private final Map<Long, Integer> required = new LinkedHashMap<>();

  {
    required.put(1L, 3);
    required.put(2L, 3);
    required.put(3L, 2);
    required.put(4L, 4);
  }

  private final Map<Long, Integer> current = Map.of(1L, 3, 2L, 1, 3L, 4);

  @Test
  void gapsAreLevelsShortAndUnassessedCompetenciesHaveNone() {
    GapAnalysis analysis = new GapAnalysis(required, current, true);
    assertEquals(0, analysis.lines().get(0).gap());
    assertEquals(2, analysis.lines().get(1).gap());
    assertEquals(0, analysis.lines().get(2).gap(), "above the standard is no gap");
    assertNull(analysis.lines().get(3).gap());
  }

  @Test
  void theLargestGapComesFirstThenTheUnassessed() {
    List<GapAnalysis.Line> gaps = new GapAnalysis(required, current, true).prioritisedGaps();
    assertEquals(List.of(2L, 4L), gaps.stream().map(GapAnalysis.Line::competencyId).toList());
  }

  @Test
  void jobPersonMatchCapsEachLevelAtTheStandardUnlessToldOtherwise() {
    // capped: (3 + 1 + 2 + 0) / (3 + 3 + 2 + 4) = 6 / 12
    assertEquals(50.0, new GapAnalysis(required, current, true).jobPersonMatch());
    // uncapped: (3 + 1 + 4 + 0) / 12 = 66.7 %
    assertEquals(66.7, new GapAnalysis(required, current, false).jobPersonMatch());
    assertEquals(100.0, new GapAnalysis(Map.of(), Map.of(), true).jobPersonMatch());
  }
}
