package id.bina.training.domain.plan;

/** The arithmetic of a plan line: gaps its seats close, cost per seat, classes for a number of seats. */
public final class GapCoverage {

  private GapCoverage() {}

  /** One seat closes one person's gap: the people below standard in the target, at most the line's seats. */
  public static long gapsClosed(long peopleBelowStandard, int seats) {
    return Math.max(0, Math.min(peopleBelowStandard, seats));
  }

  /** Whole rupiah per seat, rounded half up; null for a line without seats. */
  public static Long costPerSeat(long budget, int seats) {
    return seats <= 0 ? null : (budget + seats / 2) / seats;
  }

  /** Classes of {@code classSize} seats for {@code seats} seats; a non-classical route has none. */
  public static int classesFor(int seats, int classSize, boolean classical) {
    if (!classical) {
      return 0;
    }
    return Math.max(1, (seats + classSize - 1) / Math.max(1, classSize));
  }
}
