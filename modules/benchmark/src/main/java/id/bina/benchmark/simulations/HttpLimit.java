package id.bina.benchmark.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * The HTTP stack's own limit: a small static file of Bina's (349 bytes, no database, no sign-in) in a loop. Payara's
 * liveness endpoint was measured before and is not trivial: its health service looks up its JSON provider through
 * the class path on every request (1.4 ms of CPU per call).
 */
public class HttpLimit extends Simulation {

  {
    setUp(
        scenario("http limit")
            .during(Load.seconds())
            .on(exec(http("GET /api-docs/initializer.js").get("/api-docs/initializer.js").check(status().is(200))))
            .injectOpen(atOnceUsers(Load.number("bench.concurrency"))))
        .protocols(Load.protocol());
  }
}
