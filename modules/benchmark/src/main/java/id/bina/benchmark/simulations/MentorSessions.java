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

/** Mentors logging sessions of their active mentorings from their phones, bench.concurrency at once, in a loop. */
public class MentorSessions extends Simulation {

  {
    String date = Load.text("bench.date");
    setUp(
        scenario("mentor sessions")
            .during(Load.seconds())
            .on(
                feed(csv(Load.text("bench.feeder")).circular()),
                exec(
                    http("POST mentoring/sessions")
                        .post("/api/v1/mentoring/sessions")
                        .basicAuth("#{username}", Load.PASSWORD)
                        .body(StringBody("{\"assignmentId\": #{assignmentId}, \"date\": \"" + date + "\", \"durationMinutes\": 45,"
                            + " \"mode\": \"ONLINE\", \"topics\": \"Rencana aksi\", \"sharedSummary\": \"Membahas kemajuan sasaran.\"}"))
                        .asJson()
                        .check(status().is(201))))
            .injectOpen(atOnceUsers(Load.number("bench.concurrency"))))
        .protocols(Load.protocol());
  }
}
