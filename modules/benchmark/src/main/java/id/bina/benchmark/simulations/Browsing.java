package id.bina.benchmark.simulations;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Civil servants using the portal's API: search the catalog, open their competency profile (with gaps) and the
 * classes recommended for their gaps, look at their JP of the year; 1-3 s between clicks, bench.users at once (arriving over
 * the first 10 s).
 */
public class Browsing extends Simulation {

  {
    Duration min = Duration.ofMillis(1000);
    Duration max = Duration.ofMillis(3000);
    setUp(
        scenario("browsing")
            .exec(feed(csv(Load.text("bench.feeder")).circular()))
            .during(Load.seconds())
            .on(
                exec(http("GET courses?q=").get("/api/v1/courses?q=#{query}&size=20").basicAuth("#{username}", Load.PASSWORD)
                        .check(status().is(200))),
                pause(min, max),
                exec(http("GET competency-profiles/{me}").get("/api/v1/competency-profiles/#{employeeId}")
                        .basicAuth("#{username}", Load.PASSWORD).check(status().is(200))),
                pause(min, max),
                exec(http("GET classes/recommended").get("/api/v1/classes/recommended").basicAuth("#{username}", Load.PASSWORD)
                        .check(status().is(200))),
                pause(min, max),
                exec(http("GET jp/mine").get("/api/v1/jp/mine").basicAuth("#{username}", Load.PASSWORD).check(status().is(200))),
                pause(min, max))
            .injectOpen(rampUsers(Load.number("bench.users")).during(Duration.ofSeconds(10))))
        .protocols(Load.protocol());
  }
}
