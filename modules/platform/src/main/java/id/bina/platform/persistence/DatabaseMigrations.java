package id.bina.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Migrates every module's schema at start-up, in dependency order. Each module has its own PostgreSQL schema
 * (named after it), its scripts in {@code db/migration/<module>} and its own history table, so modules
 * number their migrations independently. A failure does not stop the deployment: readiness reports it.
 */
@ApplicationScoped
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  /** The application's data source (defined in the app's web.xml). */
  public static final String DATA_SOURCE = "java:app/jdbc/bina";

  @Inject
  @ConfigProperty(name = "bina.modules", defaultValue = "platform,competency,training,mentoring,evaluation")
  List<String> modules;

  private volatile boolean migrated;
  private volatile String failure;

  synchronized void migrate() {
    try {
      for (String module : modules) {
        var result =
            Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource())
                .schemas(module)
                .createSchemas(true)
                .locations("classpath:db/migration/" + module)
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.info(() -> "Schema " + module + ": " + result.migrationsExecuted + " migration(s) applied");
      }
      migrated = true;
      failure = null;
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Database migration failed; Bina stays not ready", e);
    }
  }

  /**
   * Looked up when needed rather than injected: Payara fails to inject java:app resources into beans of a
   * library jar while the application is still starting.
   */
  public static DataSource dataSource() {
    try {
      return (DataSource) new InitialContext().lookup(DATA_SOURCE);
    } catch (NamingException e) {
      throw new IllegalStateException("data source " + DATA_SOURCE + " is not available", e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
