package id.bina.competency.application;

import java.time.OffsetDateTime;
import java.util.List;

/** A competency with the texts of one revision (the current one unless another was asked for). */
public record CompetencyView(
    long id,
    String code,
    String category,
    boolean national,
    int currentRevision,
    int revision,
    String nameId,
    String nameEn,
    String definitionId,
    String definitionEn,
    boolean officialText,
    List<Level> levels,
    OffsetDateTime revisedAt,
    String revisedBy,
    OffsetDateTime retiredAt,
    long version) {

  public record Level(int level, String descriptionId, String descriptionEn, List<String> indicators) {}

  /** One line of the dictionary list. */
  public record Summary(
      long id, String code, String category, boolean national, int revision, String nameId, String nameEn, boolean retired) {}
}
