package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Seats of a class kept for one unit (by id). The table also counts the seats taken per quota; enrolment
 * updates that count with one conditional statement, so it is not mapped here.
 */
@Embeddable
public class SeatQuota {

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(nullable = false)
  private int seats;

  protected SeatQuota() {}

  public SeatQuota(long unitId, int seats) {
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
    return o instanceof SeatQuota other && unitId == other.unitId && seats == other.seats;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitId, seats);
  }
}
