package id.bina.platform.diagnostics;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells in a {@value #HEADER} response header how many SQL statements an API request issued, when
 * {@code bina.diagnostics.sql-statement-count} is true (tests and benchmarks; off in production). A test
 * compares the counts of the main requests with a recorded baseline, so an N+1 load fails the build.
 */
@Provider
@PreMatching
public class SqlStatementCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Bina-Sql-Statements";

  @Inject
  @ConfigProperty(name = "bina.diagnostics.sql-statement-count", defaultValue = "false")
  boolean enabled;

  @Override
  public void filter(ContainerRequestContext request) {
    if (enabled) {
      SqlStatementCounter.reset();
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (enabled) {
      response.getHeaders().putSingle(HEADER, SqlStatementCounter.count());
    }
  }
}
