package id.bina.competency.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Required versus current level per competency of a position's standard, and the job-person match (JPM).
 * No official JPM formula was found; Bina uses the sum of current levels, each capped at the required level
 * (or not, when {@code capAtStandard} is false), over the sum of required levels, as a percentage.
 */
public final class GapAnalysis {

  /** One competency of the standard; {@code current} is null when it was never (validly) assessed. */
  public record Line(long competencyId, int required, Integer current) {
    /** How many levels short; 0 when the standard is met, null when not assessed. */
    public Integer gap() {
      return current == null ? null : Math.max(0, required - current);
    }
  }

  private final List<Line> lines;
  private final boolean capAtStandard;

  public GapAnalysis(Map<Long, Integer> required, Map<Long, Integer> current, boolean capAtStandard) {
    List<Line> built = new ArrayList<>();
    required.forEach((competency, level) -> built.add(new Line(competency, level, current.get(competency))));
    this.lines = List.copyOf(built);
    this.capAtStandard = capAtStandard;
  }

  public List<Line> lines() {
    return lines;
  }

  /** Largest gap first; competencies never assessed come after the assessed ones that fall short. */
  public List<Line> prioritisedGaps() {
    return lines.stream()
        .filter(l -> l.gap() == null || l.gap() > 0)
        .sorted(
            Comparator.comparing((Line l) -> l.gap() == null ? -1 : l.gap())
                .reversed()
                .thenComparing(Line::required, Comparator.reverseOrder())
                .thenComparing(Line::competencyId))
        .toList();
  }

  /** The job-person match in percent with one decimal; an unassessed competency counts as level 0. */
  public double jobPersonMatch() {
    int required = lines.stream().mapToInt(Line::required).sum();
    if (required == 0) {
      return 100.0;
    }
    int held =
        lines.stream()
            .mapToInt(l -> l.current() == null ? 0 : capAtStandard ? Math.min(l.current(), l.required()) : l.current())
            .sum();
    return Math.round(held * 1000.0 / required) / 10.0;
  }
}
