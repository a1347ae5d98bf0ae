package id.bina.training;

/** How a course is delivered: the classical and non-classical routes of Perlan LAN 10/2018. */
public enum Modality {
  CLASSROOM(true),
  /** Seminar or conference. */
  SEMINAR(true),
  WORKSHOP(true),
  /** Kursus. */
  COURSE(true),
  /** Penataran. */
  UPGRADING(true),
  /** Bimbingan teknis (bimtek). */
  TECHNICAL_GUIDANCE(true),
  /** Sosialisasi. */
  SOCIALISATION(true),
  COACHING(false),
  MENTORING(false),
  E_LEARNING(false),
  /** Pelatihan jarak jauh. */
  DISTANCE_TRAINING(false),
  /** Detasering. */
  SECONDMENT(false),
  /** Pembelajaran alam terbuka. */
  OUTDOOR_LEARNING(false),
  /** Patok banding. */
  BENCHMARKING(false),
  /** Pertukaran antara PNS dengan pegawai swasta/BUMN. */
  PRIVATE_SECTOR_EXCHANGE(false),
  /** Belajar mandiri. */
  SELF_LEARNING(false),
  /** Komunitas belajar. */
  COMMUNITY_OF_PRACTICE(false),
  /** Bimbingan di tempat kerja. */
  ON_THE_JOB(false),
  /** Magang/praktik kerja. */
  INTERNSHIP(false);

  private final boolean classical;

  Modality(boolean classical) {
    this.classical = classical;
  }

  public boolean classical() {
    return classical;
  }
}
