package id.bina.competency;

/** The three competency types of PermenPAN-RB 38/2017. */
public enum CompetencyCategory {
  /** Teknis: each agency writes its own technical dictionary. */
  TECHNICAL,
  /** Manajerial: the eight national managerial competencies (M.01-M.08). */
  MANAGERIAL,
  /** Sosial kultural: Perekat Bangsa. */
  SOCIO_EMOTIONAL
}
