package id.bina.competency.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A position's competency standard as it applies: the entries HR wrote (source POSITION) and, for national
 * competencies it does not list, the default level of the position's kind (source DEFAULT).
 */
public record StandardView(
    long positionId,
    String positionName,
    String positionKind,
    long version,
    OffsetDateTime updatedAt,
    String updatedBy,
    List<Entry> entries) {

  public record Entry(long competencyId, String code, String category, String nameId, int requiredLevel, String source) {}
}
