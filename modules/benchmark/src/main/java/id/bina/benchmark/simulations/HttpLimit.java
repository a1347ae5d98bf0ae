package id.bina.benchmark.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/** The HTTP stack's own limit: Payara Micro's liveness endpoint (no database, no authentication) in a loop. */
public class HttpLimit extends Simulation {

  {
    setUp(
        scenario("http limit")
            .during(Load.seconds())
            .on(exec(http("GET /health/live").get("/health/live").check(status().is(200))))
            .injectOpen(atOnceUsers(Load.number("bench.concurrency"))))
        .protocols(Load.protocol());
  }
}
