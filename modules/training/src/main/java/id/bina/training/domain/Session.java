package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One meeting of a class, in the agency's local time. */
@Embeddable
public class Session {

  @Column(name = "session_date", nullable = false)
  private LocalDate date;

  @Column(name = "starts_at", nullable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalTime endsAt;

  protected Session() {}

  public Session(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
    this.date = date;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public LocalTime getEndsAt() {
    return endsAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Session other
        && Objects.equals(date, other.date)
        && Objects.equals(startsAt, other.startsAt)
        && Objects.equals(endsAt, other.endsAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, startsAt, endsAt);
  }
}
