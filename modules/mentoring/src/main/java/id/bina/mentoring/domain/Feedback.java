package id.bina.mentoring.domain;

import id.bina.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/**
 * One mentee's answers (Likert 1-5) on a mentoring, kept without the mentee, the assignment or the time:
 * nobody, HR included, can trace it back. Only aggregates of enough answers are ever shown.
 */
@Entity
@Table(name = "feedback", schema = "mentoring")
public class Feedback {

  /** The questionnaire, in the order of the answers. */
  public static final List<String> QUESTIONS =
      List.of(
          "Mentor memahami kebutuhan pengembangan saya",
          "Sesi pembimbingan bermanfaat bagi pekerjaan saya",
          "Mentor hadir dan mudah dihubungi sesuai kesepakatan",
          "Saya membuat kemajuan pada tujuan yang disepakati",
          "Saya merekomendasikan mentor ini kepada rekan");

  @Id
  @SequenceGenerator(name = "feedback_seq", sequenceName = "mentoring.feedback_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private long programmeId;

  @Column(name = "mentor_id", nullable = false, updatable = false)
  private long mentorId;

  @Column(nullable = false, updatable = false)
  private short q1;

  @Column(nullable = false, updatable = false)
  private short q2;

  @Column(nullable = false, updatable = false)
  private short q3;

  @Column(nullable = false, updatable = false)
  private short q4;

  @Column(nullable = false, updatable = false)
  private short q5;

  protected Feedback() {}

  public Feedback(long agencyId, long programmeId, long mentorId, List<Integer> answers) {
    if (answers == null || answers.size() != QUESTIONS.size()) {
      throw new InvalidInputException("answers", "answer each of the " + QUESTIONS.size() + " questions");
    }
    for (Integer answer : answers) {
      if (answer == null || answer < 1 || answer > 5) {
        throw new InvalidInputException("answers", "each answer is from 1 (disagree) to 5 (agree)");
      }
    }
    this.agencyId = agencyId;
    this.programmeId = programmeId;
    this.mentorId = mentorId;
    this.q1 = answers.get(0).shortValue();
    this.q2 = answers.get(1).shortValue();
    this.q3 = answers.get(2).shortValue();
    this.q4 = answers.get(3).shortValue();
    this.q5 = answers.get(4).shortValue();
  }

  public Long getId() {
    return id;
  }
}
