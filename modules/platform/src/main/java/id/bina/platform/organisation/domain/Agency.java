package id.bina.platform.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A government agency (instansi): the boundary no person's data ever crosses. */
@Entity
@Table(name = "agency", schema = "platform")
public class Agency {

  @Id
  @SequenceGenerator(name = "agency_seq", sequenceName = "platform.agency_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  /** Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT): how times are shown to its people. */
  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Agency() {}

  public Agency(String code, String name, ZoneId timeZone) {
    this.code = code;
    this.name = name;
    this.timeZone = timeZone.getId();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }
}
