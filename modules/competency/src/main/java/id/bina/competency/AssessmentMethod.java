package id.bina.competency;

/**
 * How a level was established, in order of weight. The profile takes, per competency, the assessment of the
 * heaviest method that has not expired, and among equals the latest: an assessment-centre result is not
 * replaced by a later self-assessment.
 */
public enum AssessmentMethod {
  SELF(1),
  TRAINING_EVIDENCE(2),
  SUPERVISOR(3),
  WRITTEN_TEST(3),
  MULTI_RATER(4),
  ASSESSMENT_CENTRE(5);

  private final int weight;

  AssessmentMethod(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }
}
