package id.bina.benchmark;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer in front of Bina's nodes (round robin, kept-alive upstream connections),
 * run in the foreground from a configuration written into the run's folder and stopped at the end.
 */
final class Nginx implements AutoCloseable {

  private final Process process;

  private Nginx(Process process) {
    this.process = process;
  }

  /** nginx from the PATH or /usr/sbin, if installed. */
  static Optional<Path> find() {
    for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "nginx");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Starts nginx on {@code port}, spreading requests over the Bina nodes at {@code upstreamPorts}. */
  static Nginx start(Path binary, Path folder, int port, List<Integer> upstreamPorts) throws IOException, InterruptedException {
    Files.createDirectories(folder.resolve("logs"));
    String servers = upstreamPorts.stream().map(p -> "    server 127.0.0.1:" + p + ";").collect(Collectors.joining("\n"));
    String conf = """
        worker_processes 2;
        error_log %1$s/logs/error.log warn;
        pid %1$s/nginx.pid;
        events { worker_connections 2048; }
        http {
          access_log off;
          upstream bina {
        %2$s
            keepalive 64;
          }
          server {
            listen 127.0.0.1:%3$d;
            client_max_body_size 200m;
            location / {
              proxy_pass http://bina;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $host;
              proxy_set_header X-Forwarded-For $remote_addr;
              proxy_read_timeout 600s;
            }
          }
        }
        """.formatted(folder, servers, port);
    Path file = folder.resolve("nginx.conf");
    Files.writeString(file, conf);
    Process process = new ProcessBuilder(binary.toString(), "-p", folder.toString(), "-c", file.toString(), "-g", "daemon off;")
        .redirectErrorStream(true).redirectOutput(folder.resolve("logs/nginx.out").toFile()).start();
    for (int i = 0; i < 50; i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx stopped at once (exit " + process.exitValue() + "); see " + folder.resolve("logs"));
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return new Nginx(process);
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("nginx did not listen on port " + port + "; see " + folder.resolve("logs"));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
