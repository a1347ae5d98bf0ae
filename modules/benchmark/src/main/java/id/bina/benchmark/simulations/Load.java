package id.bina.benchmark.simulations;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/** What every simulation reads from the system properties the benchmark's runner gives its Gatling JVM. */
final class Load {

  static final String PASSWORD = "bina-demo";

  private Load() {}

  static String text(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("Missing -D" + key + ": simulations are started by id.bina.benchmark.Benchmark");
    }
    return value;
  }

  static int number(String key) {
    return Integer.parseInt(text(key));
  }

  static Duration seconds() {
    return Duration.ofSeconds(number("bench.seconds"));
  }

  /** Keep-alive connections shared by the virtual users, as a browser or API client keeps its own. */
  static HttpProtocolBuilder protocol() {
    return http.baseUrl(text("bench.baseUrl"))
        .acceptHeader("application/json")
        .shareConnections()
        .disableCaching();
  }
}
