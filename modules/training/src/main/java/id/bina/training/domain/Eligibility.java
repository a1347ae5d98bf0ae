package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who may take a course: a rank (golongan, e.g. III/a), a position class (e.g. PENGAWAS) or a unit (by id).
 * A course without any is open to everyone; within one kind any value qualifies.
 */
@Embeddable
public class Eligibility {

  public enum Kind {
    RANK,
    POSITION_CLASS,
    UNIT
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "value", nullable = false)
  private String value;

  protected Eligibility() {}

  public Eligibility(Kind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  public Kind getKind() {
    return kind;
  }

  public String getValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Eligibility other && java.util.Objects.equals(kind, other.kind) && java.util.Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind == null ? null : kind.name(), value); // the same in every JVM
  }

  @Override
  public String toString() {
    return kind + "/" + value;
  }
}
