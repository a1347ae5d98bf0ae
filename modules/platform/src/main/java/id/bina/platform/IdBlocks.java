package id.bina.platform;

/** How many ids an entity takes per call of its database sequence (JPA's allocationSize, the sequence's INCREMENT BY). */
public final class IdBlocks {

  /**
   * For rows written on every request (audit entries, notifications, outbox messages, enrolments): with blocks of
   * 50, request threads queued behind the one fetching the next block. The V1_41 migrations set these sequences'
   * INCREMENT BY to match.
   */
  public static final int BUSY = 500;

  private IdBlocks() {}
}
