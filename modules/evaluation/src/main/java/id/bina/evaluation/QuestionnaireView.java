package id.bina.evaluation;

import java.util.List;

/**
 * A questionnaire: {@code standard} when shipped with Bina, {@code active} when the agency's new surveys of
 * its kind use it, {@code frozen} when a survey uses it (its items can no longer change).
 */
public record QuestionnaireView(
    long id, String kind, String title, boolean standard, boolean active, boolean frozen, long version, List<Item> items) {

  /** position: 1-based order in the questionnaire. */
  public record Item(int position, String section, String text, String kind, boolean required) {}
}
