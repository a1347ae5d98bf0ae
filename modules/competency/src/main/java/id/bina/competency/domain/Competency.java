package id.bina.competency.domain;

import id.bina.competency.CompetencyCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A competency of the dictionary: national (managerial, socio-cultural; no agency) or one agency's technical
 * competency. Its texts live in revisions; the competency knows which one is current.
 */
@Entity
@Table(name = "competency", schema = "competency")
public class Competency {

  @Id
  @SequenceGenerator(name = "competency_seq", sequenceName = "competency.competency_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
  private Long id;

  /** Null for the national dictionary. */
  @Column(name = "agency_id", updatable = false)
  private Long agencyId;

  @Column(nullable = false, updatable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CompetencyCategory category;

  @Column(name = "current_revision", nullable = false)
  private int currentRevision;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  @Column(name = "retired_by")
  private String retiredBy;

  @Version private long version;

  protected Competency() {}

  /** A new technical competency of an agency; its first revision comes from {@link #firstRevision}. */
  public static Competency technical(long agencyId, String code) {
    Competency competency = new Competency();
    competency.agencyId = agencyId;
    competency.code = code;
    competency.category = CompetencyCategory.TECHNICAL;
    return competency;
  }

  /** The first revision; needs the id, so call it after persisting. */
  public CompetencyRevision firstRevision(CompetencyText text, String by) {
    if (currentRevision != 0) {
      throw new IllegalStateException("the competency already has revisions");
    }
    return revise(text, by);
  }

  /** A new revision with these texts becomes current; the earlier ones stay as they were. */
  public CompetencyRevision revise(CompetencyText text, String by) {
    if (retiredAt != null) {
      throw new IllegalStateException("a retired competency is not edited");
    }
    currentRevision++;
    return new CompetencyRevision(id, currentRevision, text, by);
  }

  public void retire(String by) {
    if (retiredAt != null) {
      throw new IllegalStateException("the competency is already retired");
    }
    retiredAt = OffsetDateTime.now(ZoneOffset.UTC);
    retiredBy = by;
  }

  public boolean isNational() {
    return agencyId == null;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public String getCode() {
    return code;
  }

  public CompetencyCategory getCategory() {
    return category;
  }

  public int getCurrentRevision() {
    return currentRevision;
  }

  public OffsetDateTime getRetiredAt() {
    return retiredAt;
  }

  public String getRetiredBy() {
    return retiredBy;
  }

  public long getVersion() {
    return version;
  }
}
