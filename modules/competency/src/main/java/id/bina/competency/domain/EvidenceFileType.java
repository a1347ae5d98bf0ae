package id.bina.competency.domain;

import java.util.Optional;

/**
 * The file types accepted as evidence, recognised by their first bytes (magic numbers), not by what the
 * client claims: a renamed executable is not a PDF because its Content-Type says so.
 */
public enum EvidenceFileType {
  PDF("application/pdf", new int[] {0x25, 0x50, 0x44, 0x46, 0x2D}),
  PNG("image/png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF});

  private final String mediaType;
  private final int[] magic;

  EvidenceFileType(String mediaType, int[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type whose signature {@code content} starts with, if any. */
  public static Optional<EvidenceFileType> detect(byte[] content) {
    for (EvidenceFileType type : values()) {
      if (content.length >= type.magic.length && startsWith(content, type.magic)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
