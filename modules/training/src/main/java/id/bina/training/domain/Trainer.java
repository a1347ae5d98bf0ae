package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A trainer (widyaiswara, facilitator): an employee of the agency by id, or an outside person by name. */
@Embeddable
public class Trainer {

  @Column(name = "employee_id")
  private Long employeeId;

  @Column(name = "external_name")
  private String externalName;

  protected Trainer() {}

  public Trainer(Long employeeId, String externalName) {
    this.employeeId = employeeId;
    this.externalName = externalName;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public String getExternalName() {
    return externalName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trainer other
        && Objects.equals(employeeId, other.employeeId)
        && Objects.equals(externalName, other.externalName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(employeeId, externalName);
  }
}
