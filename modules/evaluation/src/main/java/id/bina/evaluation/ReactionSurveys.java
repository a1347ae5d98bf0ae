package id.bina.evaluation;

import java.util.List;

/**
 * The participant's side of level 1: the surveys they are invited to and still may answer, and their answer.
 * An answer is stored without the person: the invitation only records that it was answered.
 */
public interface ReactionSurveys {

  /** The caller's open invitations (not answered, window not closed), soonest closing first. */
  List<SurveyInvitationView> mine();

  /**
   * Answers one of the caller's invitations, once. 404 when it is not theirs; 409 when already answered or
   * the survey is closed; 400 field by field when an answer is out of range or a required item is missing.
   */
  void answer(long invitationId, SurveyAnswerInput input);
}
