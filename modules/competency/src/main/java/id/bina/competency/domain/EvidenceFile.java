package id.bina.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The attached file of one piece of evidence, in its own table so that lists never load the bytes. */
@Entity
@Table(name = "evidence_file", schema = "competency")
public class EvidenceFile {

  @Id
  @Column(name = "evidence_id")
  private long evidenceId;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected EvidenceFile() {}

  public EvidenceFile(long evidenceId, EvidenceFileType type, byte[] content) {
    this.evidenceId = evidenceId;
    replace(type, content);
  }

  public void replace(EvidenceFileType type, byte[] content) {
    this.contentType = type.mediaType();
    this.content = content;
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public long getEvidenceId() {
    return evidenceId;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content;
  }
}
