package id.bina.benchmark;

import java.util.function.DoubleSupplier;

/** Reads Bina's resident memory twice a second; remembers the highest value overall and since the last mark. */
final class MemorySampler implements AutoCloseable {

  private final Thread thread;
  private volatile double max;
  private volatile double maxSinceMark;
  private volatile boolean running = true;

  MemorySampler(DoubleSupplier residentMiB) {
    thread = new Thread(() -> {
      while (running) {
        double now = residentMiB.getAsDouble();
        max = Math.max(max, now);
        maxSinceMark = Math.max(maxSinceMark, now);
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "rss-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts a new window; returns the highest value of the window that ends. */
  double mark() {
    double window = maxSinceMark;
    maxSinceMark = 0;
    return window;
  }

  double max() {
    return max;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
