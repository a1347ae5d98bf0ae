package id.bina.training;

import java.time.LocalDate;

/** A certificate as its holder and HR see it; {@code verificationPath} is the public check (under /api/v1/). */
public record CertificateView(
    String number,
    long employeeId,
    String holderName,
    String courseCode,
    String courseTitle,
    String className,
    LocalDate firstDay,
    LocalDate lastDay,
    int jp,
    LocalDate issuedOn,
    LocalDate validUntil,
    String validity,
    boolean valid,
    String verificationPath) {}
