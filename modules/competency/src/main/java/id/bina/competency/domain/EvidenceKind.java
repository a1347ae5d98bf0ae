package id.bina.competency.domain;

/** What an employee shows as evidence of a competency. */
public enum EvidenceKind {
  /** Sertifikat: a certificate of a training or a certification. */
  CERTIFICATE,
  /** Surat keputusan: a decree (an assignment, an appointment). */
  DECREE,
  /** A completed e-learning course. */
  E_LEARNING_COMPLETION,
  /** A record of mentoring or coaching received. */
  MENTORING_RECORD,
  OTHER,
  /** A class completed in Bina's training module: recorded by that module, never submitted by hand. */
  TRAINING_COMPLETION
}
