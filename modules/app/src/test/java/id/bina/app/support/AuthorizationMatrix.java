package id.bina.app.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of {@code authorization-matrix.csv}: role x endpoint x relation to the object -> status. */
public final class AuthorizationMatrix {

  public record Rule(String method, String path, String role, String relation, int status) {
    public String endpoint() {
      return method + " " + path;
    }

    @Override
    public String toString() {
      return endpoint() + " as " + role + " on " + relation + " -> " + status;
    }
  }

  private AuthorizationMatrix() {}

  public static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                AuthorizationMatrix.class.getResourceAsStream("/authorization-matrix.csv"), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",");
        rules.add(new Rule(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), Integer.parseInt(f[4].trim())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }
}
