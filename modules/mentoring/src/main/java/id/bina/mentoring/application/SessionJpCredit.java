package id.bina.mentoring.application;

import id.bina.mentoring.MentoringSessionConfirmed;
import id.bina.training.JpLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Credits a confirmed mentoring session's JP equivalence to the mentee's year in training's JP ledger. The
 * event comes through the outbox, at least once; the ledger credits a session only once.
 */
@ApplicationScoped
public class SessionJpCredit {

  static final String SOURCE = "MENTORING_SESSION";

  @Inject JpLedger ledger;

  @Transactional
  public void credit(@Observes MentoringSessionConfirmed confirmed) {
    if (confirmed.jp() == null || confirmed.jp().signum() <= 0) {
      return; // a programme without JP equivalence credits nothing
    }
    ledger.credit(
        confirmed.agencyId(),
        confirmed.employeeId(),
        confirmed.date(),
        confirmed.jp(),
        SOURCE,
        Long.toString(confirmed.sessionId()),
        "Sesi mentoring (dikonfirmasi)");
  }
}
