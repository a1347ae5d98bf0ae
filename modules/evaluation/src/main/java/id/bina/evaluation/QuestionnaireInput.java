package id.bina.evaluation;

import java.util.List;

/**
 * A questionnaire as HR writes it: a title, its kind (REACTION, or FOLLOW_UP for the participants' level-3
 * follow-up) and its items in the order asked. An item has a section (CONTENT, TRAINER, ORGANISATION,
 * FACILITIES, USEFULNESS, GENERAL), a text, a kind (LIKERT 1–5, or TEXT for an open answer) and whether an
 * answer is required (default: Likert items yes, text items no).
 */
public record QuestionnaireInput(String title, String kind, List<Item> items) {

  public record Item(String section, String text, String kind, Boolean required) {}
}
