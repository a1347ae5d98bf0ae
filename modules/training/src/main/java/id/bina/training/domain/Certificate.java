package id.bina.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A certificate of completion of a class. What it certifies is copied in when it is issued, so it reads the
 * same later whatever happens to the course. Its number is readable and carries a random part, so that
 * the public verification cannot be used to walk through an agency's certificates.
 */
@Entity
@Table(name = "certificate", schema = "training")
public class Certificate {

  // Crockford's base 32: no I, L, O or U, so a number read aloud or typed is not misread.
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(name = "certificate_seq", sequenceName = "training.certificate_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
  private Long id;

  @Column(name = "agency_id", nullable = false, updatable = false)
  private long agencyId;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private long enrolmentId;

  @Column(name = "employee_id", nullable = false, updatable = false)
  private long employeeId;

  @Column(nullable = false, updatable = false)
  private String number;

  @Column(name = "holder_name", nullable = false, updatable = false)
  private String holderName;

  @Column(name = "course_code", nullable = false, updatable = false)
  private String courseCode;

  @Column(name = "course_title", nullable = false, updatable = false)
  private String courseTitle;

  @Column(name = "class_name", nullable = false, updatable = false)
  private String className;

  @Column(name = "first_day", nullable = false, updatable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false, updatable = false)
  private LocalDate lastDay;

  @Column(nullable = false, updatable = false)
  private int jp;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "valid_until", updatable = false)
  private LocalDate validUntil;

  @Column(name = "expiry_reminded_at")
  private OffsetDateTime expiryRemindedAt;

  @Column(nullable = false)
  private boolean revoked;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Certificate() {}

  public Certificate(
      long agencyId,
      long enrolmentId,
      long employeeId,
      String holderName,
      String courseCode,
      String courseTitle,
      String className,
      LocalDate firstDay,
      LocalDate lastDay,
      int jp,
      LocalDate issuedOn,
      LocalDate validUntil) {
    this.agencyId = agencyId;
    this.enrolmentId = enrolmentId;
    this.employeeId = employeeId;
    this.holderName = holderName;
    this.courseCode = courseCode;
    this.courseTitle = courseTitle;
    this.className = className;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.jp = jp;
    this.issuedOn = issuedOn;
    this.validUntil = validUntil;
    this.number = newNumber(issuedOn.getYear());
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** For example {@code BINA-2026-7K3Q-X9PD-2MZA}: the year, then 60 random bits. */
  static String newNumber(int year) {
    StringBuilder number = new StringBuilder("BINA-").append(year);
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        number.append('-');
      }
      number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return number.toString();
  }

  /**
   * The holder's name as the public verification shows it: each word's first two letters, the rest hidden
   * (enough to match the paper in hand, not enough to learn a stranger's name).
   */
  public static String masked(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.trim().split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      int shown = Math.min(2, word.length());
      out.append(word, 0, shown).append("*".repeat(word.length() - shown));
    }
    return out.toString();
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public String getNumber() {
    return number;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getClassName() {
    return className;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public int getJp() {
    return jp;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  /** Where a certificate stands on {@code today}: a certification is EXPIRING in its last 90 days. */
  public enum Validity {
    VALID,
    EXPIRING,
    EXPIRED,
    REVOKED
  }

  public static final int EXPIRING_DAYS = 90;

  public Validity validityOn(LocalDate today) {
    if (revoked) {
      return Validity.REVOKED;
    }
    if (validUntil == null) {
      return Validity.VALID;
    }
    if (today.isAfter(validUntil)) {
      return Validity.EXPIRED;
    }
    return today.plusDays(EXPIRING_DAYS).isAfter(validUntil) ? Validity.EXPIRING : Validity.VALID;
  }

  public void remindedOfExpiry() {
    expiryRemindedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public OffsetDateTime getExpiryRemindedAt() {
    return expiryRemindedAt;
  }

  public boolean isRevoked() {
    return revoked;
  }
}
