package id.bina.platform.organisation.domain;

/** The class of a position (jabatan): structural (JPT, administrator, pengawas), functional, or executor. */
public enum PositionClass {
  JPT_UTAMA,
  JPT_MADYA,
  JPT_PRATAMA,
  ADMINISTRATOR,
  PENGAWAS,
  FUNCTIONAL,
  /** Pelaksana. */
  EXECUTOR
}
