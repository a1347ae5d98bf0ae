package id.bina.training.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Seats of a plan line set aside for one unit (and its subtree). */
@Embeddable
public class UnitSeats {

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(nullable = false)
  private int seats;

  protected UnitSeats() {}

  public UnitSeats(long unitId, int seats) {
    this.unitId = unitId;
    this.seats = seats;
  }

  public long getUnitId() {
    return unitId;
  }

  public int getSeats() {
    return seats;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitSeats u && u.unitId == unitId && u.seats == seats;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitId, seats);
  }
}
