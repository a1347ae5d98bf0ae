package id.bina.mentoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** Something the mentee (or mentor) agreed in a session to do by a date. */
@Embeddable
public class AgreedAction {

  @Column(nullable = false)
  private String text;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  protected AgreedAction() {}

  public AgreedAction(String text, LocalDate dueOn, ActionStatus status) {
    this.text = text.strip();
    this.dueOn = dueOn;
    this.status = status == null ? ActionStatus.OPEN : status;
  }

  public String getText() {
    return text;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  /** Still open after its due date. */
  public boolean isOverdue(LocalDate today) {
    return status == ActionStatus.OPEN && dueOn != null && dueOn.isBefore(today);
  }
}
