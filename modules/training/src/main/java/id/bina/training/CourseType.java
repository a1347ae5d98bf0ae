package id.bina.training;

/** Kinds of training (Perlan LAN 10/2018). */
public enum CourseType {
  /** Pelatihan kepemimpinan: PKN I/II, PKA, PKP. */
  LEADERSHIP,
  /** Pelatihan fungsional. */
  FUNCTIONAL,
  /** Pelatihan teknis. */
  TECHNICAL,
  /** Pelatihan sosial kultural. */
  SOCIO_CULTURAL
}
