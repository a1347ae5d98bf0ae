package id.bina.training;

/** The national leadership programmes, for courses of type {@link CourseType#LEADERSHIP}. */
public enum LeadershipProgramme {
  /** Pelatihan Kepemimpinan Nasional Tingkat I (JPT Utama and Madya). */
  PKN_I,
  /** Pelatihan Kepemimpinan Nasional Tingkat II (JPT Pratama). */
  PKN_II,
  /** Pelatihan Kepemimpinan Administrator. */
  PKA,
  /** Pelatihan Kepemimpinan Pengawas. */
  PKP
}
