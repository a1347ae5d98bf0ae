package id.bina.evaluation;

import java.util.List;

/** The answers to a questionnaire: per item position, a Likert score (1–5) or a comment (TEXT items). */
public record SurveyAnswerInput(List<Answer> answers) {

  public record Answer(Integer position, Integer score, String comment) {}
}
