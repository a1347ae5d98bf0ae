package id.bina.platform.persistence;

import id.bina.platform.DatabaseReady;
import id.bina.platform.demo.DemoData;
import jakarta.enterprise.event.Event;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What runs once when Bina starts: migrate every schema, load the demo agency if asked, then tell the
 * modules ({@link DatabaseReady}). A start-up
 * singleton rather than a CDI observer, because Payara binds the data source only after CDI's own start
 * event. No transaction here: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {

  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Inject DatabaseMigrations migrations;

  @Inject DemoData demoData;

  @Inject Event<DatabaseReady> ready;

  @PostConstruct
  void start() {
    migrations.migrate();
    if (migrations.isMigrated() && demoData.isEnabled()) {
      try {
        demoData.load();
      } catch (RuntimeException e) {
        // Bina still serves its real data; only the demo agency is missing.
        LOG.log(Level.SEVERE, "Loading the demo data failed", e);
      }
    }
    if (migrations.isMigrated()) {
      ready.fire(new DatabaseReady());
    }
  }
}
