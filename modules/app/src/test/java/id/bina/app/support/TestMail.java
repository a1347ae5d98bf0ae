package id.bina.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The SMTP address every Payara Micro of the test run is given (through payara.cmdOptions, which is read once
 * per run, so it cannot differ per test class). A port free at the start of the run is chosen; nothing listens
 * there unless a test starts its own SMTP server on it (NotificationMailIT starts GreenMail). Test agencies'
 * people have no e-mail address, so other tests ask for no mail at all.
 */
public final class TestMail {

  /** Attempts per e-mail in tests: few, so that giving up is seen within seconds (5 s + 10 s of outbox backoff). */
  public static final int MAX_ATTEMPTS = 3;

  private static int port;

  private TestMail() {}

  /** The SMTP port on 127.0.0.1 the servers send to. */
  public static synchronized int port() {
    if (port == 0) {
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("no free port for the test SMTP server", e);
      }
    }
    return port;
  }

  /** The server's system properties that point its mail at {@link #port()}. */
  static String serverOptions() {
    return String.join(
        " ",
        "-Dbina.mail.smtp.host=127.0.0.1",
        "-Dbina.mail.smtp.port=" + port(),
        "-Dbina.mail.smtp.from=bina-test@bina.test",
        "-Dbina.mail.max-attempts=" + MAX_ATTEMPTS,
        "-Dbina.mail.timeout-ms=5000");
  }
}
