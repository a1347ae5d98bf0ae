package id.bina.evaluation;

import java.util.List;

/**
 * Level-1 questionnaires, built by the agency's HR managers: the standard ones shipped with Bina (read-only)
 * and the agency's own. A questionnaire's items are frozen once a survey uses it, so that its results keep
 * meaning what was asked; a changed questionnaire is a new one. The agency's active questionnaire of a kind is
 * the one new surveys of that kind use (the standard one while none is active).
 */
public interface Questionnaires {

  /** The standard questionnaires and the agency's own, standard first. */
  List<QuestionnaireView> list();

  QuestionnaireView get(long id);

  QuestionnaireView create(QuestionnaireInput input);

  /** Replaces title and items; 409 once a survey uses the questionnaire or for a standard one. */
  QuestionnaireView update(long id, long version, QuestionnaireInput input);

  /** Makes it the agency's questionnaire for new surveys of its kind (the standard one: back to the standard). */
  QuestionnaireView activate(long id);
}
