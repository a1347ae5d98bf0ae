package id.bina.platform.notification;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server that e-mail copies of notifications go through, read from MicroProfile Config each time
 * (environment variables such as {@code BINA_MAIL_SMTP_HOST} or {@code -Dbina.mail.smtp.host}). Without a
 * host no e-mail is sent: notifications stay in the in-app inbox only.
 *
 * @param maxAttempts attempts per e-mail before it is given up
 * @param timeoutMillis connect and read timeout of one attempt, so a silent server never holds the outbox
 */
record MailSettings(
    String host,
    int port,
    String from,
    String username,
    String password,
    boolean startTls,
    int maxAttempts,
    int timeoutMillis) {

  static final String HOST = "bina.mail.smtp.host";

  /** The current settings, or empty when no SMTP host is configured. */
  static Optional<MailSettings> current() {
    Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
    Optional<String> host = config.getOptionalValue(HOST, String.class).map(String::strip).filter(h -> !h.isEmpty());
    if (host.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MailSettings(
            host.get(),
            config.getOptionalValue("bina.mail.smtp.port", Integer.class).orElse(25),
            config.getOptionalValue("bina.mail.smtp.from", String.class).orElse("bina@localhost"),
            config.getOptionalValue("bina.mail.smtp.username", String.class).filter(u -> !u.isBlank()).orElse(null),
            config.getOptionalValue("bina.mail.smtp.password", String.class).orElse(null),
            config.getOptionalValue("bina.mail.smtp.starttls", Boolean.class).orElse(false),
            Math.max(1, config.getOptionalValue("bina.mail.max-attempts", Integer.class).orElse(5)),
            config.getOptionalValue("bina.mail.timeout-ms", Integer.class).orElse(10_000)));
  }

  /** The Jakarta Mail session properties; the password goes to the authenticator, never here. */
  Properties sessionProperties() {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", Integer.toString(port));
    p.put("mail.smtp.auth", Boolean.toString(username != null));
    p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    p.put("mail.smtp.starttls.required", Boolean.toString(startTls));
    p.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
    p.put("mail.smtp.timeout", Integer.toString(timeoutMillis));
    p.put("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
    p.put("mail.mime.charset", "UTF-8");
    return p;
  }

  @Override
  public String toString() {
    // Never print the password (records would).
    return "MailSettings[" + host + ":" + port + ", from " + from + (username == null ? "" : ", as " + username) + "]";
  }
}
