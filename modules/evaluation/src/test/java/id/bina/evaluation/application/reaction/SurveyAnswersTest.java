package id.bina.evaluation.application.reaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.bina.evaluation.QuestionnaireView.Item;
import id.bina.evaluation.SurveyAnswerInput;
import id.bina.evaluation.SurveyAnswerInput.Answer;
import id.bina.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyAnswersTest {

  private static final List<Item> ITEMS =
      List.of(
          new Item(1, "CONTENT", "Materi relevan", "LIKERT", true),
          new Item(2, "TRAINER", "Pengajar jelas", "LIKERT", false),
          new Item(3, "GENERAL", "Saran", "TEXT", false));

  @Test
  void aCompleteAnswerIsKeptByPosition() {
    var answers = SurveyAnswers.validate(ITEMS, new SurveyAnswerInput(List.of(new Answer(1, 5, null), new Answer(3, null, "Bagus"))));
    assertEquals(5, answers.get(1).score());
    assertEquals("Bagus", answers.get(3).comment());
  }

  @Test
  void eachBadAnswerIsNamed() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SurveyAnswers.validate(ITEMS, new SurveyAnswerInput(List.of(new Answer(2, 6, null), new Answer(9, 3, null), new Answer(2, 0, null)))));
    List<String> fields = e.errors().stream().map(f -> f.field() + " " + f.message()).toList();
    assertEquals(
        List.of(
            "answers[0].score must be between 1 and 5",
            "answers[1].position no item 9 in this questionnaire",
            "answers[2].position item 2 is answered twice",
            "answers[2].score must be between 1 and 5",
            "answers item 1 is required"),
        fields);
  }

  @Test
  void nothingAnsweredIsRefused() {
    assertThrows(InvalidInputException.class, () -> SurveyAnswers.validate(ITEMS, new SurveyAnswerInput(null)));
    assertThrows(InvalidInputException.class, () -> SurveyAnswers.validate(ITEMS, null));
  }
}
