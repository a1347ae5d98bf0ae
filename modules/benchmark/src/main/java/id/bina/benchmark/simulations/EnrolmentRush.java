package id.bina.benchmark.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * Civil servants requesting a seat all at once: bench.concurrency requests in flight, each from another person
 * (the feeder's username and classId), bench.requests in all (a multiple of bench.concurrency). The runner's feeder decides the variant: spread over
 * many classes, or everyone on one class.
 */
public class EnrolmentRush extends Simulation {

  {
    int concurrency = Load.number("bench.concurrency");
    int requests = Load.number("bench.requests");
    setUp(
        scenario("enrolment")
            .repeat(requests / concurrency)
            .on(
                feed(csv(Load.text("bench.feeder")).queue()),
                exec(
                    http("POST enrolments")
                        .post("/api/v1/enrolments")
                        .basicAuth("#{username}", Load.PASSWORD)
                        .body(StringBody("{\"classId\": #{classId}}"))
                        .asJson()
                        .check(status().in(200, 201))))
            .injectOpen(atOnceUsers(concurrency)))
        .protocols(Load.protocol());
  }
}
