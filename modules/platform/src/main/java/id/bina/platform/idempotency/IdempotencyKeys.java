package id.bina.platform.idempotency;

import id.bina.platform.persistence.DatabaseMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Storage of idempotency keys, each statement committed on its own (outside the business transaction), so a
 * concurrent retry sees at once that the first request is still running. A key whose first request never
 * finished (the node died) is taken over after {@link #ABANDONED}; every key expires after {@link #KEPT}.
 */
@ApplicationScoped
public class IdempotencyKeys {

  static final Duration ABANDONED = Duration.ofMinutes(5);
  static final Duration KEPT = Duration.ofHours(24);

  /** What is stored under a key. */
  public record Entry(String requestHash, boolean done, int status, String type, String headers, byte[] body) {}

  /** Claims the key for a new request; empty when claimed, or what another request left under it. */
  public Optional<Entry> claim(String username, String key, String requestHash) {
    try (Connection c = DatabaseMigrations.dataSource().getConnection()) {
      if (ThreadLocalRandom.current().nextInt(100) == 0) {
        try (PreparedStatement s =
            c.prepareStatement("DELETE FROM platform.idempotency_key WHERE created_at < now() - ?::interval")) {
          s.setString(1, KEPT.toSeconds() + " seconds");
          s.executeUpdate();
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO platform.idempotency_key (username, idempotency_key, request_hash, state) VALUES (?, ?, ?, 'IN_PROGRESS')"
                  + " ON CONFLICT (username, idempotency_key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()"
                  + " WHERE idempotency_key.state = 'IN_PROGRESS' AND idempotency_key.created_at < now() - ?::interval"
                  + "    OR idempotency_key.created_at < now() - ?::interval")) {
        s.setString(1, username);
        s.setString(2, key);
        s.setString(3, requestHash);
        s.setString(4, ABANDONED.toSeconds() + " seconds");
        s.setString(5, KEPT.toSeconds() + " seconds");
        if (s.executeUpdate() == 1) {
          return Optional.empty();
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT request_hash, state, response_status, response_type, response_headers, response_body"
                  + " FROM platform.idempotency_key WHERE username = ? AND idempotency_key = ?")) {
        s.setString(1, username);
        s.setString(2, key);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            // Expired and removed in between: treat as taken, the client may retry.
            return Optional.of(new Entry(requestHash, false, 0, null, null, null));
          }
          return Optional.of(
              new Entry(r.getString(1), "DONE".equals(r.getString(2)), r.getInt(3), r.getString(4), r.getString(5), r.getBytes(6)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key storage failed", e);
    }
  }

  public void complete(String username, String key, int status, String type, String headers, byte[] body) {
    execute(
        "UPDATE platform.idempotency_key SET state = 'DONE', response_status = ?, response_type = ?, response_headers = ?,"
            + " response_body = ? WHERE username = ? AND idempotency_key = ?",
        status,
        type,
        headers,
        body,
        username,
        key);
  }

  /** Forgets a key whose request failed on the server's side, so the client's retry runs again. */
  public void release(String username, String key) {
    execute("DELETE FROM platform.idempotency_key WHERE username = ? AND idempotency_key = ?", username, key);
  }

  private static void execute(String sql, Object... parameters) {
    try (Connection c = DatabaseMigrations.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency key storage failed", e);
    }
  }
}
