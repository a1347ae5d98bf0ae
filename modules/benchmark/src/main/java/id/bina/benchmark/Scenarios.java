package id.bina.benchmark;

import id.bina.benchmark.simulations.Browsing;
import id.bina.benchmark.simulations.EnrolmentRush;
import id.bina.benchmark.simulations.HrReports;
import id.bina.benchmark.simulations.HttpLimit;
import id.bina.benchmark.simulations.MentorSessions;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The load scenarios of one scale against the running Bina, each compared with the limits measured beside it. */
final class Scenarios {

  private static final String[] QUERIES = {"keuangan", "aset", "kebijakan", "pelayanan", "anggaran", "audit", "pengadaan",
      "kepemimpinan", "data", "naskah", "pengelolaan keuangan", "manajemen"};

  private final Settings settings;
  private final Results.Scale result;
  private final BinaProcess bina;
  private final MemorySampler memory;
  private final Connection db;
  private final Path folder;
  private final String database;
  private final int serverMajor;
  private final boolean statementsAvailable;

  // The first (largest) agency, where every scenario runs.
  private final int employees;
  private final int sections;
  private final int mentors;
  private final int rushRequests;
  private final long classBase = 1_000_000L + 100_000L; // DataGenerator's K0 of agency 1
  private final int spreadClasses;

  Scenarios(Settings settings, Results results, Results.Scale result, BinaProcess bina, MemorySampler memory, Connection db,
      Path folder, DataGenerator generator, String database, int serverMajor, boolean statementsAvailable) {
    this.settings = settings;
    this.result = result;
    this.bina = bina;
    this.memory = memory;
    this.db = db;
    this.folder = folder;
    this.database = database;
    this.serverMajor = serverMajor;
    this.statementsAvailable = statementsAvailable;
    this.employees = DataGenerator.agencySizes(result.scale, settings.agencySize()).get(0);
    this.sections = DataGenerator.directorates(employees) * 50;
    this.mentors = Math.max(10, employees / 100);
    // Every virtual user of the rush makes the same number of requests: a multiple of the concurrency.
    int people = Math.min(settings.rushRequests(), (employees / 2 - mentors) / 2);
    this.rushRequests = Math.max(1, people / settings.concurrency()) * settings.concurrency();
    this.spreadClasses = generator.rushClassesSpread();
    result.agencyEmployees = employees;
  }

  void runAll() throws Exception {
    Path feeders = Files.createDirectories(folder.resolve("feeders"));
    writeFeeders(feeders);
    memory.mark();

    Console.say("-- HTTP stack limit: GET /api-docs/initializer.js (a static file), " + settings.concurrency() + " at once for " + settings.seconds() + " s");
    GatlingRun.Stats http = gatling(HttpLimit.class, Map.of()).get(0);
    result.httpLimit = http.perSecond();
    result.add("HTTP limit", http, memory.mark());

    // The first load a JVM sees runs mostly interpreted code and the JIT compiler's own work (measured here: Bina's
    // CPU per enrolment fell from 6 ms in the first 6,000 to 1.4 ms after 24,000): both variants run in rounds until
    // bench.warmUpRequests enrolments warmed Bina up (printed and kept, but not compared with a target; a small agency
    // has fewer people per rush, so more rounds), then again on emptied classes, measured. A server in service has
    // long been warm; pgbench has nothing to warm.
    int rounds = Math.max(1, (settings.warmUpRequests() + 2 * rushRequests - 1) / (2 * rushRequests));
    for (int round = 1; round <= rounds; round++) {
      rushBoth(bina.baseUrl(), WARM_UP + " " + round + " of " + rounds);
    }
    measuredRush();

    Console.say("-- portal/API browsing: " + settings.users() + " users, 1-3 s between clicks, " + settings.seconds() + " s");
    Map<String, String> browse = Map.of("bench.feeder", feeders.resolve("browsing.csv").toString(), "bench.users",
        Integer.toString(settings.users()));
    List<GatlingRun.Stats> browsed = gatling(Browsing.class, browse);
    double browsedRss = memory.mark();
    for (GatlingRun.Stats s : browsed) {
      result.add("browsing", s, browsedRss);
    }

    Console.say("-- HR reports of an agency of " + String.format(Locale.ROOT, "%,d", employees) + " (2 HR users in a loop)");
    Map<String, String> hr = Map.of("bench.hr", "hr-bench1", "bench.unit", Long.toString(DataGenerator.firstDirectorate(1)),
        "bench.users", "2");
    List<GatlingRun.Stats> reports = gatling(HrReports.class, hr);
    double reportsRss = memory.mark();
    for (GatlingRun.Stats s : reports) {
      result.add("HR reports", s, reportsRss);
    }

    Console.say("-- mentors logging sessions: " + settings.concurrency() + " at once for " + settings.seconds() + " s");
    String date = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
    Map<String, String> mentor = Map.of("bench.feeder", feeders.resolve("mentors.csv").toString(), "bench.date", date);
    List<GatlingRun.Stats> logged = gatling(MentorSessions.class, mentor);
    double loggedRss = memory.mark();
    for (GatlingRun.Stats s : logged) {
      result.add("mentor sessions", s, loggedRss);
    }

    importEmployees();
  }

  // ---- the enrolment rush ----

  /** Names the rounds of the rush that warm a fresh JVM up (see {@link #runAll}). */
  static final String WARM_UP = ", warm-up";

  /** Names the measured rounds of the rush, each paired with pgbench (see {@link #measuredRush}). */
  static final String ROUND = ", round";

  /** Names the rushes through the load balancer (see {@link #runCluster}). */
  static final String BEHIND_NGINX = " behind nginx";

  /** One rush: Gatling's figures, Bina's resident memory after it and the database check. */
  private record Rush(GatlingRun.Stats stats, double residentMiB, Map<String, Object> check) {}

  /** A measured round of one variant: the rush and the pgbench run right after it. */
  private record Round(String where, Rush rush, Limits.Pgbench pgbench) {
    double ratio() {
      return rush.stats().perSecond() / pgbench.tps();
    }
  }

  /**
   * The measured rush: bench.rushRounds rounds of both variants, each rush followed at once by pgbench running the
   * same SQL, and the round with the median ratio is the figure. A shared machine's speed drifts: here both Bina's and
   * PostgreSQL's CPU per enrolment fell by 40 % from one rush to the next a minute later, so a rush is compared with
   * the pgbench run beside it, not with one made minutes apart.
   */
  private void measuredRush() throws Exception {
    int n = settings.rushRounds();
    Map<String, List<Round>> rounds = new LinkedHashMap<>();
    for (int round = 1; round <= n; round++) {
      String where = n == 1 ? "" : ROUND + " " + round + " of " + n;
      for (String variant : List.of("spread", "hot")) {
        Rush rush = rush(variant, bina.baseUrl(), where, round == 1 && variant.equals("spread"));
        Limits.Pgbench p = pgbench(variant);
        result.pgbench.put(variant + where, p);
        rounds.computeIfAbsent(variant, v -> new ArrayList<>()).add(new Round(where, rush, p));
      }
    }
    if (n == 1) {
      return;
    }
    for (Map.Entry<String, List<Round>> e : rounds.entrySet()) {
      String variant = e.getKey();
      List<Round> sorted = e.getValue().stream().sorted(Comparator.comparingDouble(Round::ratio)).toList();
      Round median = sorted.get(n / 2);
      result.add("enrolment rush (" + variant + ")", median.rush().stats(), median.rush().residentMiB());
      result.checks.put("rush " + variant, median.rush().check());
      result.pgbench.put(variant, median.pgbench());
      Console.say(String.format(Locale.ROOT, "-- enrolment rush (%s), the median of %d rounds (%s): %.1f req/s against pgbench's %.0f tps"
          + " beside it = %.2f (rounds: %s)", variant, n, median.where().substring(2), median.rush().stats().perSecond(),
          median.pgbench().tps(), median.ratio(), e.getValue().stream()
              .map(r -> String.format(Locale.ROOT, "%.2f", r.ratio())).collect(Collectors.joining(", "))));
    }
  }

  /**
   * One rush variant against {@code baseUrl} on emptied classes, then the database check; {@code where} names the
   * set-up when it is not the single node (", two nodes behind nginx"). Answers Gatling's figures, Bina's memory and
   * the check.
   */
  private Rush rush(String variant, String baseUrl, String where, boolean captureStatements) throws Exception {
    Path feeder = folder.resolve("feeders").resolve("rush-" + variant + ".csv");
    String classCodes = variant.equals("hot") ? DataGenerator.RUSH_HOT : DataGenerator.RUSH_SPREAD;
    resetClasses(DataGenerator.RUSH_SPREAD, DataGenerator.RUSH_HOT);
    Console.say("-- enrolment rush (" + variant + ")" + where + ": " + rushRequests + " civil servants, " + settings.concurrency()
        + " at once, " + (variant.equals("hot") ? "everyone on one class of " + DataGenerator.HOT_CAPACITY + " seats" : "over "
        + spreadClasses + " classes"));
    resetStatements();
    List<GatlingRun.Stats> stats = gatling(EnrolmentRush.class,
        Map.of("bench.feeder", feeder.toString(), "bench.requests", Integer.toString(rushRequests)), baseUrl);
    double rss = memory.mark();
    for (GatlingRun.Stats s : stats) {
      result.add("enrolment rush (" + variant + ")" + where, s, rss);
    }
    Map<String, Object> check = new LinkedHashMap<>();
    String classes = classesCoded(classCodes);
    check.put("requests", stats.get(0).requests());
    check.put("serverErrors", stats.get(0).ko());
    check.put("enrolments", count("SELECT count(*) FROM training.enrolment WHERE class_id IN (" + classes + ")"));
    check.put("seatsHeld", count("SELECT count(*) FROM training.enrolment WHERE class_id IN (" + classes + ") AND seat_kind IS NOT NULL"
        + " AND status IN ('PENDING_APPROVAL', 'APPROVED', 'CONFIRMED')"));
    check.put("waitlisted", count("SELECT count(*) FROM training.enrolment WHERE class_id IN (" + classes + ") AND status = 'WAITLISTED'"));
    check.put("classesOverCapacity", count("SELECT count(*) FROM training.training_class k WHERE k.id IN (" + classes + ") AND"
        + " (k.seats_taken > k.capacity OR (SELECT count(*) FROM training.enrolment e WHERE e.class_id = k.id AND e.seat_kind IS NOT NULL"
        + " AND e.status IN ('PENDING_APPROVAL', 'APPROVED', 'CONFIRMED')) > k.capacity)"));
    check.put("seatCountersOff", count("SELECT count(*) FROM training.training_class k WHERE k.id IN (" + classes + ") AND"
        + " k.seats_taken <> (SELECT count(*) FROM training.enrolment e WHERE e.class_id = k.id AND e.seat_kind IS NOT NULL"
        + " AND e.status IN ('PENDING_APPROVAL', 'APPROVED', 'CONFIRMED'))"));
    check.put("duplicateActiveEnrolments", count("SELECT count(*) FROM (SELECT class_id, employee_id FROM training.enrolment"
        + " WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'CANCELLED') GROUP BY class_id, employee_id HAVING count(*) > 1) d"));
    result.checks.put("rush " + variant + where, check);
    Console.say("   database check: " + check);
    if (captureStatements && statementsAvailable) {
      captureStatements(stats.get(0).requests());
    }
    return new Rush(stats.get(0), rss, check);
  }

  /** The ids of the benchmark's classes whose codes start so, as a subquery. */
  private static String classesCoded(String classCodes) {
    return "SELECT id FROM training.training_class WHERE code LIKE '" + classCodes + "%'";
  }

  /**
   * Empties the classes whose codes start so (the benchmark's own rush or pgbench classes), so a later rush or pgbench
   * run meets the same free seats and makes the same (class, person) pairs again.
   */
  private void resetClasses(String... classCodes) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String codes : classCodes) {
        String classes = classesCoded(codes);
        s.execute("DELETE FROM training.attendance WHERE enrolment_id IN (SELECT id FROM training.enrolment WHERE class_id IN ("
            + classes + "))");
        s.execute("DELETE FROM training.enrolment WHERE class_id IN (" + classes + ")");
        s.execute("UPDATE training.class_seat_quota SET seats_taken = 0 WHERE class_id IN (" + classes + ")");
        s.execute("UPDATE training.training_class SET seats_taken = 0, pool_seats_taken = 0 WHERE id IN (" + classes + ")");
      }
    }
  }

  /** Both rush variants against {@code baseUrl}; their throughput by variant. */
  private Map<String, Double> rushBoth(String baseUrl, String where) throws Exception {
    Map<String, Double> perSecond = new LinkedHashMap<>();
    for (String variant : List.of("spread", "hot")) {
      perSecond.put(variant, rush(variant, baseUrl, where, false).stats().perSecond());
    }
    return perSecond;
  }

  // ---- beyond one machine: two nodes in a Payara Micro cluster behind nginx ----

  /**
   * The enrolment rush through nginx, first with this node alone behind it, then with a second node of the same
   * Payara Micro cluster on the same database beside it: throughput of one against two nodes, and the same database
   * check (no seat oversold, nobody enrolled twice) after each.
   */
  void runCluster(String clusterName) throws Exception {
    java.util.Optional<Path> nginx = Nginx.find();
    Map<String, Object> cluster = new LinkedHashMap<>();
    result.checks.put("cluster", cluster);
    if (nginx.isEmpty()) {
      Console.say("-- two nodes behind nginx: skipped, nginx is not installed (apt-get install nginx-light)");
      cluster.put("skipped", "nginx is not installed");
      return;
    }
    int balancer = settings.port() + 2;
    String url = "http://127.0.0.1:" + balancer + "/";
    Map<String, Double> one;
    Map<String, Double> two;
    try (Nginx lb = Nginx.start(nginx.get(), folder.resolve("nginx-one"), balancer, List.of(settings.port()))) {
      one = rushBoth(url, ", one node" + BEHIND_NGINX);
    }
    try (BinaProcess second = BinaProcess.start(settings, database, folder.resolve("node-2"), settings.port() + 1, clusterName)) {
      int members = second.clusterMembers();
      cluster.put("clusterMembers", members);
      Console.say("   second node ready; the Payara Micro cluster '" + clusterName + "' has " + members + " members");
      try (Nginx lb = Nginx.start(nginx.get(), folder.resolve("nginx-two"), balancer, List.of(settings.port(), settings.port() + 1))) {
        two = rushBoth(url, ", two nodes" + BEHIND_NGINX);
      }
      cluster.put("secondNodeResidentMiB", second.residentMiB());
    }
    for (String variant : List.of("spread", "hot")) {
      cluster.put("rush " + variant + ": one node (req/s)", one.get(variant));
      cluster.put("rush " + variant + ": two nodes (req/s)", two.get(variant));
      cluster.put("rush " + variant + ": two / one", two.get(variant) / one.get(variant));
      Console.say(String.format(Locale.ROOT, "   rush %s: one node %.1f req/s, two nodes %.1f req/s (x %.2f)", variant, one.get(variant),
          two.get(variant), two.get(variant) / one.get(variant)));
    }
  }

  private void resetStatements() throws SQLException {
    if (statementsAvailable) {
      try (Statement s = db.createStatement()) {
        s.execute("SELECT pg_stat_statements_reset()");
      }
    }
  }

  /**
   * The SQL Bina issued for the rush's enrolments (statements called at least once per request), compared with the
   * pgbench script: what the script lacks is printed, and the number of statements per enrolment is recorded.
   */
  private void captureStatements(long requests) throws SQLException, IOException {
    List<String> script = Limits.scriptStatements().stream().map(Scenarios::shape).toList();
    List<String> missing = new ArrayList<>();
    long calls = 0;
    int perRequest = 0;
    StringBuilder dump = new StringBuilder();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT calls, query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database"
            + " WHERE datname = current_database()) ORDER BY calls DESC")) {
      while (r.next()) {
        long n = r.getLong(1);
        String query = r.getString(2);
        dump.append(n).append('\t').append(query.replaceAll("\\s+", " ")).append('\n');
        if (query.contains("pg_stat_statements")) {
          continue;
        }
        calls += n;
        if (n < requests * 0.9) {
          continue;
        }
        perRequest++;
        // Foreign key checks at commit are the database's own, pgbench's inserts make them too.
        if (query.contains("FOR KEY SHARE OF x")) {
          continue;
        }
        String shape = shape(Limits.normalise(query));
        if (script.stream().noneMatch(line -> line.contains(shape))) {
          missing.add(query);
        }
      }
    }
    Files.writeString(folder.resolve("enrolment-statements.tsv"), dump);
    Map<String, Object> coverage = new LinkedHashMap<>();
    coverage.put("statementsPerEnrolment", requests == 0 ? 0 : (double) calls / requests);
    coverage.put("distinctStatementsEveryRequest", perRequest);
    coverage.put("missingFromPgbenchScript", missing);
    result.checks.put("enrolment SQL", coverage);
    Console.say(String.format(Locale.ROOT, "   pg_stat_statements: %.1f statements per enrolment; %d distinct ones in every request; %s",
        (double) calls / Math.max(1, requests), perRequest,
        missing.isEmpty() ? "the pgbench script has each of them" : "MISSING from the pgbench script: " + missing));
  }

  /** An INSERT's shape is its column list (the script writes its own values); anything else the whole statement. */
  private static String shape(String normalised) {
    int values = normalised.indexOf(" values ");
    return normalised.startsWith("insert") && values > 0 ? normalised.substring(0, values) : normalised;
  }

  // ---- pgbench: the database's limit for the same transaction ----

  /** pgbench running the enrolment's SQL in one variant, on emptied pgbench classes. */
  private Limits.Pgbench pgbench(String variant) throws Exception {
    resetClasses(DataGenerator.PGBENCH_SPREAD, DataGenerator.PGBENCH_HOT);
    String tool = Limits.tool("pgbench", serverMajor);
    int first = sections + 3 * mentors + 1;
    int count = employees / 2 - first;
    Map<String, String> common = new LinkedHashMap<>();
    common.put("e0", Long.toString(DataGenerator.employeeId(1, first)));
    common.put("ecount", Integer.toString(count));
    common.put("agency", Long.toString(DataGenerator.agencyId(1)));
    common.put("k0", Long.toString(classBase + 98_001));
    common.put("hotclass", Long.toString(classBase + 99_001));
    common.put("user0", Long.toString(DataGenerator.employeeId(1, 0)));
    Map<String, String> variables = new LinkedHashMap<>(common);
    variables.put("hot", variant.equals("hot") ? "1" : "0");
    long transactions = Math.min(rushRequests, count);
    Console.say("-- pgbench, the enrolment's SQL (" + variant + "): " + transactions + " transactions, " + settings.concurrency() + " clients");
    Limits.Pgbench p = Limits.pgbench(tool, settings, database, variant, variables, transactions, folder.resolve("pgbench"));
    Console.say(String.format(Locale.ROOT, "   %.0f tps, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d failed", p.tps(), p.p50(), p.p95(),
        p.p99(), p.failed()));
    return p;
  }

  // ---- the import ----

  private void importEmployees() throws IOException, InterruptedException, SQLException {
    int rows = settings.importRows();
    Console.say(String.format(Locale.ROOT, "-- importing %,d employees from CSV as hr-bench1 ...", rows));
    StringBuilder csv = new StringBuilder("nip,name,unit_code,rank_grade,position_code,supervisor_nip,email\n");
    int dirs = DataGenerator.directorates(employees);
    for (int i = 1; i <= rows; i++) {
      int section = i % (dirs * 50);
      String unit = "S" + (section / 50 + 1) + "." + (section / 5 % 10 + 1) + "." + (section % 5 + 1);
      csv.append(DataGenerator.nip(9_000_000L + i)).append(",Pegawai Impor ").append(i).append(',').append(unit)
          .append(",III/a,J").append(2 + i % 48).append(",,impor").append(i).append("@bench.go.id\n");
    }
    memory.mark();
    HttpRequest request = HttpRequest.newBuilder(URI.create(bina.baseUrl() + "api/v1/employees/import"))
        .timeout(Duration.ofMinutes(15))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr-bench1:bina-demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
        .build();
    long t = System.nanoTime();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - t) / 1e9;
    double rss = memory.mark();
    long imported = count("SELECT count(*) FROM platform.employee WHERE agency_id = " + DataGenerator.agencyId(1)
        + " AND nip IN ('" + DataGenerator.nip(9_000_001L) + "', '" + DataGenerator.nip(9_000_000L + rows) + "')");
    Console.say(String.format(Locale.ROOT, "   HTTP %d in %.1f s (%,.0f rows/s); first and last row stored: %s; answer: %s",
        answer.statusCode(), seconds, rows / seconds, imported == 2, abbreviate(answer.body())));
    result.importSeconds = seconds;
    result.importStatus = answer.statusCode();
    result.importRows = rows;
    result.add("CSV import", new GatlingRun.Stats("POST employees/import", 1, answer.statusCode() == 200 && imported == 2 ? 0 : 1,
        rows / seconds, seconds * 1000, seconds * 1000, seconds * 1000, seconds * 1000, seconds * 1000), rss);
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  // ---- helpers ----

  private List<GatlingRun.Stats> gatling(Class<?> simulation, Map<String, String> properties) throws Exception {
    return gatling(simulation, properties, bina.baseUrl());
  }

  private List<GatlingRun.Stats> gatling(Class<?> simulation, Map<String, String> properties, String baseUrl) throws Exception {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("bench.baseUrl", baseUrl.replaceFirst("/$", ""));
    all.put("bench.seconds", Integer.toString(settings.seconds()));
    all.put("bench.concurrency", Integer.toString(settings.concurrency()));
    all.putAll(properties);
    List<GatlingRun.Stats> stats = GatlingRun.run(simulation, all, folder.resolve("gatling"));
    for (GatlingRun.Stats s : stats) {
      Console.say(String.format(Locale.ROOT, "   %-32s %7d req %5d KO %8.1f req/s  p50 %6.0f  p95 %6.0f  p99 %6.0f ms", s.name(),
          s.requests(), s.ko(), s.perSecond(), s.p50(), s.p95(), s.p99()));
    }
    return stats;
  }

  private long count(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private void writeFeeders(Path feeders) throws IOException {
    int firstRush = employees / 2 + 1;
    try (Writer spread = Files.newBufferedWriter(feeders.resolve("rush-spread.csv"));
        Writer hot = Files.newBufferedWriter(feeders.resolve("rush-hot.csv"))) {
      spread.write("username,classId\n");
      hot.write("username,classId\n");
      for (int j = 0; j < rushRequests; j++) {
        spread.write("b1-" + (firstRush + j) + "," + (classBase + 90_001 + j % spreadClasses) + "\n");
        hot.write("b1-" + (firstRush + rushRequests + j) + "," + (classBase + 99_000) + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(feeders.resolve("browsing.csv"))) {
      w.write("username,employeeId,query\n");
      for (int j = 0; j < Math.max(settings.users(), 1000); j++) {
        long i = 1 + ((long) j * 7919) % employees;
        w.write("b1-" + i + "," + DataGenerator.employeeId(1, i) + "," + QUERIES[j % QUERIES.length].replace(" ", "%20") + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(feeders.resolve("mentors.csv"))) {
      w.write("username,assignmentId\n");
      for (int m = 0; m < mentors; m++) {
        w.write("b1-" + (employees - m) + "," + DataGenerator.employeeId(1, (long) m * 3) + "\n");
      }
    }
  }
}
