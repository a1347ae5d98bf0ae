package id.bina.platform.organisation.domain;

/** Grade of a functional position: skill track (pemula..penyelia) or expert track (ahli pertama..utama). */
public enum FunctionalGrade {
  PEMULA,
  TERAMPIL,
  MAHIR,
  PENYELIA,
  AHLI_PERTAMA,
  AHLI_MUDA,
  AHLI_MADYA,
  AHLI_UTAMA
}
