package id.bina.benchmark.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * HR managers reading the reports of the largest agency, one after another in a loop (bench.users HR users at once,
 * default 2): the heat map of the whole agency, the gap report of a unit of about 5,000 people, the below-20-JP list.
 */
public class HrReports extends Simulation {

  {
    String hr = Load.text("bench.hr");
    String unit = Load.text("bench.unit");
    setUp(
        scenario("hr reports")
            .during(Load.seconds())
            .on(
                exec(http("GET competency-gaps/heat-map").get("/api/v1/competency-gaps/heat-map").basicAuth(hr, Load.PASSWORD)
                        .check(status().is(200))),
                exec(http("GET competency-gaps/report?unitId=").get("/api/v1/competency-gaps/report?unitId=" + unit + "&size=50")
                        .basicAuth(hr, Load.PASSWORD).check(status().is(200))),
                exec(http("GET jp/below-target").get("/api/v1/jp/below-target?size=50").basicAuth(hr, Load.PASSWORD)
                        .check(status().is(200))))
            .injectOpen(atOnceUsers(Load.number("bench.users"))))
        .protocols(Load.protocol());
  }
}
