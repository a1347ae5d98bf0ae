package id.bina.app.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the competency dictionary. */
public final class CompetencyBodies {

  private CompetencyBodies() {}

  /** A valid technical competency with five levels; {@code code} null for an edit. */
  public static Map<String, Object> technical(String code) {
    return technical(code, "Pengelolaan Keuangan Negara", "Tingkat");
  }

  /** The same, with the given name and level texts starting with {@code levelPrefix}. */
  public static Map<String, Object> technical(String code, String name, String levelPrefix) {
    List<Map<String, Object>> levels = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      levels.add(
          Map.of(
              "level", level,
              "descriptionId", levelPrefix + " " + level,
              "indicators", List.of("Indikator " + level + ".1", "Indikator " + level + ".2", "Indikator " + level + ".3")));
    }
    Map<String, Object> body = new HashMap<>();
    if (code != null) {
      body.put("code", code);
    }
    body.put("nameId", name);
    body.put("definitionId", "Kemampuan mengelola keuangan negara sesuai ketentuan.");
    body.put("levels", levels);
    return body;
  }
}
