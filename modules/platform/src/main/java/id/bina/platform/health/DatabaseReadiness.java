package id.bina.platform.health;

import id.bina.platform.persistence.DatabaseMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers within two seconds and every module's schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject DatabaseMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").withData("migrated", migrations.isMigrated());
    migrations.failure().ifPresent(f -> response.withData("migrationFailure", f));
    try (Connection connection = DatabaseMigrations.dataSource().getConnection()) {
      boolean reachable = connection.isValid(2);
      return response.withData("reachable", reachable).status(reachable && migrations.isMigrated()).build();
    } catch (SQLException | IllegalStateException e) {
      return response.withData("reachable", false).down().build();
    }
  }

  /** Live as long as the application is deployed and answering; the database is readiness's concern. */
  @Liveness
  @ApplicationScoped
  public static class Alive implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.up("application");
    }
  }
}
