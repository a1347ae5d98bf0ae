package id.bina.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** One of a competency revision's five levels: what it means, and how it shows in behaviour. */
@Embeddable
public class ProficiencyLevel {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  @Column(nullable = false)
  private short level;

  @Column(name = "description_id")
  private String descriptionId;

  @Column(name = "description_en")
  private String descriptionEn;

  /** One indicator a line. */
  @Column(nullable = false)
  private String indicators = "";

  protected ProficiencyLevel() {}

  public ProficiencyLevel(int level, String descriptionId, String descriptionEn, List<String> indicators) {
    if (level < LOWEST || level > HIGHEST) {
      throw new IllegalArgumentException("a proficiency level is 1 to 5");
    }
    this.level = (short) level;
    this.descriptionId = descriptionId;
    this.descriptionEn = descriptionEn;
    this.indicators = indicators == null ? "" : String.join("\n", indicators);
  }

  public int getLevel() {
    return level;
  }

  public String getDescriptionId() {
    return descriptionId;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public List<String> getIndicators() {
    return indicators.isBlank() ? List.of() : Arrays.asList(indicators.split("\n"));
  }
}
