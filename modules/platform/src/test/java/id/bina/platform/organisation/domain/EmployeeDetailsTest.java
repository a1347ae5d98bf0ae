package id.bina.platform.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmployeeDetailsTest {

  private final EmployeeDetails before =
      new EmployeeDetails("198503152010012001", "Siti", "III/a", 7L, 3L, null, "siti@example.go.id");

  @Test
  void onlyChangedFieldsAreListedWithBeforeAndAfter() {
    EmployeeDetails after = new EmployeeDetails("198503152010012001", "Siti Rahma", "III/b", 7L, 3L, 12L, "siti@example.go.id");
    Map<String, Object[]> changes = after.differencesFrom(before);
    assertEquals(List.of("name", "rankGrade", "supervisorId"), List.copyOf(changes.keySet()));
    assertArrayEquals(new Object[] {"Siti", "Siti Rahma"}, changes.get("name"));
    assertArrayEquals(new Object[] {null, 12L}, changes.get("supervisorId"));
  }

  @Test
  void aNewRecordListsEveryFieldThatHasAValue() {
    assertEquals(List.of("nip", "name", "rankGrade", "unitId", "positionId", "email"), List.copyOf(before.differencesFrom(null).keySet()));
  }
}
