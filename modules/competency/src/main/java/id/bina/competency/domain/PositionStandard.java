package id.bina.competency.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A position's competency standard (standar kompetensi jabatan): the levels it requires, written by HR. The
 * national competencies it does not list fall back to the default level of the position's kind.
 */
@Entity
@Table(name = "position_standard", schema = "competency")
public class PositionStandard {

  @Id
  @Column(name = "position_id")
  private Long positionId;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Version private long version;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "position_standard_entry",
      schema = "competency",
      joinColumns = @JoinColumn(name = "position_id"))
  private List<StandardEntry> entries = new ArrayList<>();

  protected PositionStandard() {}

  public PositionStandard(long positionId, long agencyId) {
    this.positionId = positionId;
    this.agencyId = agencyId;
  }

  /** Replaces every entry; one entry per competency. */
  public void replace(List<StandardEntry> newEntries, String by) {
    Set<Long> seen = new HashSet<>();
    for (StandardEntry entry : newEntries) {
      if (!seen.add(entry.getCompetencyId())) {
        throw new IllegalArgumentException("competency " + entry.getCompetencyId() + " is listed twice");
      }
    }
    entries.clear();
    entries.addAll(newEntries);
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = by;
  }

  public Long getPositionId() {
    return positionId;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public List<StandardEntry> getEntries() {
    return List.copyOf(entries);
  }
}
