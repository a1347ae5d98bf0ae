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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Civil servants requesting a seat all at once: bench.concurrency requests in flight, each from another person
 * (the feeder's username and classId), bench.requests in all (a multiple of bench.concurrency). The runner's feeder decides the variant: spread over
 * many classes, or everyone on one class.
 *
 * <p>The rush times itself, from the first request sent to the last answer received, and writes the seconds to
 * bench.window for the runner: Gatling's own throughput counts whole seconds, and a rush of a few thousand requests
 * lasts only a few of them (2,432 requests took 7 or 8: a 15 % step).
 */
public class EnrolmentRush extends Simulation {

  private static final AtomicLong FIRST_SENT = new AtomicLong(Long.MAX_VALUE);
  private static final AtomicLong LAST_ANSWERED = new AtomicLong(Long.MIN_VALUE);

  {
    int concurrency = Load.number("bench.concurrency");
    int requests = Load.number("bench.requests");
    setUp(
        scenario("enrolment")
            .exec(session -> {
              FIRST_SENT.accumulateAndGet(System.nanoTime(), Math::min);
              return session;
            })
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
            .exec(session -> {
              LAST_ANSWERED.accumulateAndGet(System.nanoTime(), Math::max);
              return session;
            })
            .injectOpen(atOnceUsers(concurrency)))
        .protocols(Load.protocol());
  }

  @Override
  public void after() {
    if (LAST_ANSWERED.get() > FIRST_SENT.get()) {
      try {
        Files.writeString(Path.of(Load.text("bench.window")),
            String.format(Locale.ROOT, "%.6f%n", (LAST_ANSWERED.get() - FIRST_SENT.get()) / 1e9));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
