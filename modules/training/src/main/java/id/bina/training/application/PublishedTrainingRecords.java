package id.bina.training.application;

import id.bina.platform.PageRequest;
import id.bina.training.BelowTargetReport;
import id.bina.training.CertificateVerification;
import id.bina.training.CertificateView;
import id.bina.training.JpSummary;
import id.bina.training.TrainingRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** {@link TrainingRecords} for the portal: the same services as the REST API. */
@ApplicationScoped
public class PublishedTrainingRecords implements TrainingRecords {

  @Inject JpLedgerService ledger;

  @Inject CertificateService certificates;

  @Override
  public JpSummary myJp(Integer year) {
    return ledger.mine(year);
  }

  @Override
  public BelowTargetReport belowTarget(Long unitId, Integer year, PageRequest page) {
    return ledger.belowTarget(unitId, year, page);
  }

  @Override
  public List<CertificateView> myCertificates() {
    return certificates.mine();
  }

  @Override
  public byte[] certificatePdf(String number) {
    return certificates.pdf(number);
  }

  @Override
  public CertificateVerification verifyCertificate(String number) {
    return certificates.verify(number);
  }
}
