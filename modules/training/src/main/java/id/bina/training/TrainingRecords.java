package id.bina.training;

import id.bina.platform.PageRequest;
import java.util.List;

/**
 * The caller's training record for the portal (JP of the year, certificates) and HR's view of who is below
 * the yearly JP target, with the REST API's rules.
 */
public interface TrainingRecords {

  /** The caller's JP of {@code year} (this year in the agency's zone when null). */
  JpSummary myJp(Integer year);

  /** HR managers: the people of a unit's subtree (the agency when null) below the target, fewest JP first. */
  BelowTargetReport belowTarget(Long unitId, Integer year, PageRequest page);

  List<CertificateView> myCertificates();

  /** The certificate as PDF, for its holder and the agency's HR managers. */
  byte[] certificatePdf(String number);

  /** Public: whether a certificate number is valid, with the holder's name partly hidden. */
  CertificateVerification verifyCertificate(String number);
}
