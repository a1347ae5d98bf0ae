package id.bina.evaluation;

import java.time.LocalDate;
import java.util.List;

/** An open invitation with the questionnaire to fill in; answers are taken up to and including {@code closesOn}. */
public record SurveyInvitationView(
    long id, String kind, long classId, String className, String courseTitle, LocalDate closesOn, String title,
    List<QuestionnaireView.Item> items) {}
