package id.bina.training;

import java.time.LocalDate;

/**
 * What anyone may learn from a certificate number: whether it is valid, and, when it exists, the holder's
 * name partly hidden, the course, the dates and the JP.
 */
public record CertificateVerification(
    String number,
    boolean valid,
    String holder,
    String courseTitle,
    LocalDate firstDay,
    LocalDate lastDay,
    Integer jp,
    LocalDate issuedOn,
    LocalDate validUntil,
    String validity,
    String agency) {}
