package id.bina.platform.organisation.application;

import java.time.OffsetDateTime;

/** An employee as the API shows it; times are in the agency's own zone (WIB, WITA or WIT). */
public record EmployeeView(
    long id,
    String nip,
    String name,
    String rankGrade,
    Ref unit,
    PositionRef position,
    Long supervisorId,
    String email,
    boolean active,
    long version,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy) {

  public record Ref(long id, String name) {}

  public record PositionRef(long id, String name, String positionClass) {}
}
