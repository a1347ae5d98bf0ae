package id.bina.platform.organisation.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The editable facts of an employee, already checked; compared field by field for the audit trail. */
public record EmployeeDetails(
    String nip,
    String name,
    String rankGrade,
    long unitId,
    Long positionId,
    Long supervisorId,
    String email) {

  /** Each field that differs, as name -> [before, after]. */
  public Map<String, Object[]> differencesFrom(EmployeeDetails before) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    put(changes, "nip", before == null ? null : before.nip, nip);
    put(changes, "name", before == null ? null : before.name, name);
    put(changes, "rankGrade", before == null ? null : before.rankGrade, rankGrade);
    put(changes, "unitId", before == null ? null : before.unitId, unitId);
    put(changes, "positionId", before == null ? null : before.positionId, positionId);
    put(changes, "supervisorId", before == null ? null : before.supervisorId, supervisorId);
    put(changes, "email", before == null ? null : before.email, email);
    return changes;
  }

  private static void put(Map<String, Object[]> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.put(field, new Object[] {before, after});
    }
  }
}
