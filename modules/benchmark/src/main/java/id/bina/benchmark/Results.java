package id.bina.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The run's figures: each scenario with the limit it is compared with, its ratio to it and the issue's target;
 * written as results.json, results.md and report-time.png in the results folder.
 */
final class Results {

  static final double MEMORY_TARGET_MIB = 768;

  final Settings settings;
  final Map<String, Object> machine = new LinkedHashMap<>();
  final List<Scale> scales = new ArrayList<>();
  Limits.Fsync fsync;
  private final String started = OffsetDateTime.now().toString();

  Results(Settings settings) {
    this.settings = settings;
  }

  Scale scale(int scale) {
    Scale s = new Scale(scale);
    scales.add(s);
    return s;
  }

  /** One row of the results: a request (or a scenario's total) with its comparison. */
  record Row(String scenario, String request, long requests, long ko, double perSecond, double p50, double p95, double p99,
      double max, double residentMiB, String limit, Double limitValue, Double ratio, String target, Boolean met) {}

  /** The figures of one scale. */
  final class Scale {
    final int scale;
    int agencyEmployees;
    double binaStartSeconds;
    double residentAfterStartMiB;
    double residentMaxMiB;
    double httpLimit;
    double importSeconds;
    int importStatus;
    int importRows;
    DataGenerator.GenerationReport generation;
    final Map<String, Limits.Pgbench> pgbench = new LinkedHashMap<>();
    final Map<String, Object> checks = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();
    private final List<Object[]> pending = new ArrayList<>();

    Scale(int scale) {
      this.scale = scale;
    }

    /** Records a scenario's figures; the comparison is made once every limit of the scale is known. */
    void add(String scenario, GatlingRun.Stats stats, double residentMiB) {
      pending.add(new Object[] {scenario, stats, residentMiB});
    }

    List<Row> rows() {
      if (!pending.isEmpty()) {
        for (Object[] p : pending) {
          rows.add(compare((String) p[0], (GatlingRun.Stats) p[1], (Double) p[2]));
        }
        pending.clear();
      }
      return rows;
    }

    private Row compare(String scenario, GatlingRun.Stats s, double rss) {
      String limit = null;
      Double limitValue = null;
      String target = null;
      Boolean met = null;
      String request = s.name();
      if (scenario.startsWith("enrolment rush")) {
        String variant = scenario.contains("hot") ? "hot" : "spread";
        // "enrolment rush (spread)" or "enrolment rush (spread), two nodes behind nginx": its check has the same suffix,
        // and a measured round its own pgbench run.
        int where = scenario.indexOf(", ");
        String suffix = where < 0 ? "" : scenario.substring(where);
        Limits.Pgbench p = pgbench.getOrDefault(variant + suffix, pgbench.get(variant));
        limit = "pgbench " + variant + (pgbench.containsKey(variant + suffix) ? suffix : "") + " (tps)";
        limitValue = p == null ? null : p.tps();
        Map<?, ?> check = (Map<?, ?>) checks.get("rush " + variant + suffix);
        boolean warmUp = scenario.contains(Scenarios.WARM_UP);
        boolean round = scenario.contains(Scenarios.ROUND);
        // Through nginx, the balancer and every node share the two cores with PostgreSQL and the load tool: the step
        // shows that the seat rules hold across nodes; the ratio is printed, the target is the rules.
        boolean balanced = scenario.contains(Scenarios.BEHIND_NGINX);
        boolean seatRulesHeld = s.ko() == 0 && check != null && ((Long) check.get("classesOverCapacity")) == 0
            && ((Long) check.get("duplicateActiveEnrolments")) == 0;
        if (balanced) {
          target = "0 oversold, 0 duplicates, 0 errors (ratio: nginx and the nodes share the cores)";
          met = seatRulesHeld;
        } else {
          target = warmUp ? "(warm-up: no target)" : round ? "(a round: the median round is the figure)"
              : ">= 0.5 x pgbench, 0 oversold, 0 duplicates, 0 errors";
          if (limitValue != null && !warmUp && !round) {
            met = s.perSecond() / limitValue >= 0.5 && seatRulesHeld;
          }
        }
      } else if (scenario.equals("browsing")) {
        limit = "HTTP limit (req/s)";
        limitValue = httpLimit;
        target = "p95 < 100 ms";
        met = s.p95() < 100;
      } else if (scenario.equals("HR reports")) {
        limit = "HTTP limit (req/s)";
        limitValue = httpLimit;
        if (request.contains("heat-map")) {
          target = "p95 < 1 s (agency of 250,000)";
          met = s.p95() < 1000;
        } else if (request.contains("report")) {
          target = "p95 < 100 ms (unit of 5,000)";
          met = s.p95() < 100;
        } else if (request.contains("below-target")) {
          target = "p95 < 1 s (agency of 250,000)";
          met = s.p95() < 1000;
        }
      } else if (scenario.equals("mentor sessions")) {
        limit = "pg_test_fsync (flushes/s)";
        limitValue = fsync == null ? null : fsync.opsPerSecond();
      } else if (scenario.equals("CSV import")) {
        limit = "target 30 s for 100,000";
        limitValue = 30.0 * importRows / 100_000;
        target = "< 30 s for 100,000 rows";
        met = s.ko() == 0 && importSeconds < limitValue;
        return new Row(scenario, request, s.requests(), s.ko(), s.perSecond(), s.p50(), s.p95(), s.p99(), s.max(), rss, limit,
            limitValue, importSeconds / limitValue, target, met);
      }
      Double r = limitValue == null || limitValue == 0 ? null : s.perSecond() / limitValue;
      return new Row(scenario, request, s.requests(), s.ko(), s.perSecond(), s.p50(), s.p95(), s.p99(), s.max(), rss, limit,
          limitValue, r, target, met);
    }
  }

  // ---- output ----

  void write() throws IOException {
    Files.createDirectories(settings.results());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("started", started);
    json.put("note", "measured on the machine described under 'machine'; figures from a machine shared with other work are not representative");
    json.put("machine", machine);
    json.put("settings", Map.of("concurrency", settings.concurrency(), "users", settings.users(), "rushRequests",
        settings.rushRequests(), "seconds", settings.seconds(), "importRows", settings.importRows(), "agencySize",
        settings.agencySize(), "passwordIterations", settings.passwordIterations()));
    json.put("fsync", fsync);
    List<Map<String, Object>> all = new ArrayList<>();
    for (Scale s : scales) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("employees", s.scale);
      m.put("agencyEmployees", s.agencyEmployees);
      m.put("generation", s.generation);
      m.put("binaStartSeconds", s.binaStartSeconds);
      m.put("residentAfterStartMiB", s.residentAfterStartMiB);
      m.put("residentMaxMiB", s.residentMaxMiB);
      m.put("residentTargetMiB", MEMORY_TARGET_MIB);
      m.put("httpLimitPerSecond", s.httpLimit);
      m.put("pgbench", s.pgbench);
      m.put("checks", s.checks);
      m.put("importSeconds", s.importSeconds);
      m.put("rows", s.rows());
      all.add(m);
    }
    json.put("scales", all);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(settings.results().resolve("results.json").toFile(), json);
    Files.writeString(settings.results().resolve("results.md"), markdown());
    chart();
  }

  private String markdown() {
    StringBuilder md = new StringBuilder("# Bina benchmark results\n\n");
    md.append("Run started ").append(started).append(" on ").append(machine.get("cores")).append(" cores, ")
        .append(machine.get("postgresql")).append(" (load average at start: ").append(machine.get("loadAverageAtStart")).append(").\n\n");
    if (fsync != null) {
      md.append(String.format(Locale.ROOT, "pg_test_fsync (%s) on %s: **%.0f flushes/s**.%n%n", fsync.method(), fsync.directory(),
          fsync.opsPerSecond()));
    }
    for (Scale s : scales) {
      md.append(String.format(Locale.ROOT, "## %,d employees (largest agency %,d)%n%n", s.scale, s.agencyEmployees));
      if (s.generation != null) {
        md.append(String.format(Locale.ROOT, "Data: %,d rows in %.1f s (%,.0f rows/s); Bina ready in %.1f s; resident memory %.0f MiB"
            + " after start, at most %.0f MiB under load (target < %.0f MiB).%n%n", s.generation.rows(), s.generation.seconds(),
            s.generation.rowsPerSecond(), s.binaStartSeconds, s.residentAfterStartMiB, s.residentMaxMiB, MEMORY_TARGET_MIB));
      }
      for (Map.Entry<String, Limits.Pgbench> p : s.pgbench.entrySet()) {
        md.append(String.format(Locale.ROOT, "pgbench, the enrolment's SQL (%s): %.0f tps, p50 %.1f / p95 %.1f / p99 %.1f ms, %d clients.%n%n",
            p.getKey(), p.getValue().tps(), p.getValue().p50(), p.getValue().p95(), p.getValue().p99(), p.getValue().clients()));
      }
      md.append("| scenario | request | requests | KO | req/s | p50 ms | p95 ms | p99 ms | RSS MiB | compared with | value | ratio | target | met |\n");
      md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---|\n");
      for (Row r : s.rows()) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %s | %s | %s | %s | %s |%n",
            r.scenario(), r.request(), r.requests(), r.ko(), r.perSecond(), r.p50(), r.p95(), r.p99(), r.residentMiB(),
            r.limit() == null ? "" : r.limit(), r.limitValue() == null ? "" : String.format(Locale.ROOT, "%.1f", r.limitValue()),
            r.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", r.ratio()), r.target() == null ? "" : r.target(),
            r.met() == null ? "" : r.met() ? "yes" : "**no**"));
      }
      md.append("\nChecks: ").append(s.checks).append("\n\n");
    }
    md.append("![report time against agency size](report-time.png)\n");
    return md.toString();
  }

  /** p95 of each HR report against the number of employees of the agency it covers, one point per scale. */
  private void chart() throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(560).title("HR report time against agency size (p95)")
        .xAxisTitle("employees in the agency").yAxisTitle("p95 response time (ms)").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setXAxisDecimalPattern("#,###");
    boolean any = false;
    for (String request : List.of("GET competency-gaps/heat-map", "GET competency-gaps/report?unitId=", "GET jp/below-target")) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (Scale s : scales) {
        for (Row r : s.rows()) {
          if (r.scenario().equals("HR reports") && r.request().equals(request)) {
            x.add((double) s.agencyEmployees);
            y.add(r.p95());
          }
        }
      }
      if (!x.isEmpty()) {
        XYSeries series = chart.addSeries(request.replace("GET ", ""), x, y);
        series.setMarker(SeriesMarkers.CIRCLE);
        any = true;
      }
    }
    if (!any) {
      return;
    }
    double maxX = scales.stream().mapToDouble(s -> s.agencyEmployees).max().orElse(1);
    XYSeries target = chart.addSeries("target: heat map, below-20-JP (1 s)", List.of(0.0, Math.max(maxX, 250_000)), List.of(1000.0, 1000.0));
    target.setLineStyle(SeriesLines.DASH_DASH);
    target.setMarker(SeriesMarkers.NONE);
    target.setLineColor(java.awt.Color.GRAY);
    BitmapEncoder.saveBitmap(chart, settings.results().resolve("report-time").toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  void printSummary() {
    Console.say("==== results (" + settings.results().resolve("results.md") + ") ====");
    if (fsync != null) {
      Console.say(String.format(Locale.ROOT, "disk: %.0f flushes/s (%s)", fsync.opsPerSecond(), fsync.method()));
    }
    for (Scale s : scales) {
      Console.say(String.format(Locale.ROOT, "%,d employees: data %,.0f rows/s; RSS max %.0f MiB (target < %.0f: %s)", s.scale,
          s.generation == null ? 0 : s.generation.rowsPerSecond(), s.residentMaxMiB, MEMORY_TARGET_MIB,
          s.residentMaxMiB < MEMORY_TARGET_MIB ? "met" : "NOT met"));
      for (Row r : s.rows()) {
        Console.say(String.format(Locale.ROOT, "  %-26s %-36s %8.1f/s p50 %5.0f p95 %5.0f p99 %5.0f ms KO %d%s%s", r.scenario(),
            r.request(), r.perSecond(), r.p50(), r.p95(), r.p99(), r.ko(),
            r.ratio() == null ? "" : String.format(Locale.ROOT, "  %.2f x %s", r.ratio(), r.limit()),
            r.target() == null ? "" : "  target " + r.target() + (r.met() == null ? "" : r.met() ? ": met" : ": NOT met")));
      }
    }
  }
}
