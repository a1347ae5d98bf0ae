package id.bina.competency.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The texts of one revision of a competency. Never changed once written: an edit is a new revision. */
@Entity
@Table(name = "competency_revision", schema = "competency")
public class CompetencyRevision {

  @Id
  @SequenceGenerator(
      name = "competency_revision_seq",
      sequenceName = "competency.competency_revision_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_revision_seq")
  private Long id;

  @Column(name = "competency_id", nullable = false, updatable = false)
  private long competencyId;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(name = "name_id", nullable = false, updatable = false)
  private String nameId;

  @Column(name = "name_en", updatable = false)
  private String nameEn;

  @Column(name = "definition_id", updatable = false)
  private String definitionId;

  @Column(name = "definition_en", updatable = false)
  private String definitionEn;

  @Column(name = "official_text", nullable = false, updatable = false)
  private boolean officialText;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "proficiency_level", schema = "competency", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderBy("level")
  private List<ProficiencyLevel> levels = new ArrayList<>();

  protected CompetencyRevision() {}

  CompetencyRevision(long competencyId, int revision, CompetencyText text, String createdBy) {
    this.competencyId = competencyId;
    this.revision = revision;
    this.nameId = text.nameId();
    this.nameEn = text.nameEn();
    this.definitionId = text.definitionId();
    this.definitionEn = text.definitionEn();
    this.officialText = true;
    this.levels = new ArrayList<>(text.levels());
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public long getCompetencyId() {
    return competencyId;
  }

  public int getRevision() {
    return revision;
  }

  public String getNameId() {
    return nameId;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getDefinitionId() {
    return definitionId;
  }

  public String getDefinitionEn() {
    return definitionEn;
  }

  /** False for texts that summarise, rather than quote, the regulation. */
  public boolean isOfficialText() {
    return officialText;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<ProficiencyLevel> getLevels() {
    return List.copyOf(levels);
  }
}
