package id.bina.training.application.plan;

import id.bina.platform.AuditTrail;
import id.bina.platform.Caller;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.training.PerformanceRatings;
import id.bina.training.SkpPredicate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * SKP performance ratings: the CSV import ({@code nip,year,predicate}, all or nothing, idempotent per employee
 * and year), the list and the per-predicate summary for HR, and {@link PerformanceRatings} for other modules.
 * Plain SQL over the platform's published employee directory: an import of a whole agency is one lookup of
 * NIPs, one of existing ratings, and batched writes.
 */
@ApplicationScoped
public class RatingService implements PerformanceRatings {

  static final String SUBJECT = "PerformanceRating";
  static final List<String> REQUIRED = List.of("nip", "year", "predicate");

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail auditTrail;

  @Schema(name = "PerformanceRatingImportResult")
  public record Result(int rows, int created, int updated, int unchanged) {}

  @Schema(name = "PerformanceRating")
  public record RatingLine(long employeeId, String nip, String name, long unitId, String unitName, int year, SkpPredicate predicate) {}

  /** Per predicate, the number of rated people; and how many active people have no rating for the year. */
  @Schema(name = "PerformanceRatingSummary")
  public record Summary(int year, Long unitId, Map<SkpPredicate, Long> predicates, long belowExpectation, long rated, long notRated) {}

  private record Row(int row, String nip, int year, SkpPredicate predicate) {}

  @Transactional
  public Result importCsv(InputStream csv) {
    List<FieldError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int count = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, String> columns = new HashMap<>();
      parser.getHeaderNames().forEach(h -> columns.put(h.trim().toLowerCase(java.util.Locale.ROOT), h));
      // "period" is accepted for the year: appraisal exports name it either way.
      if (!columns.containsKey("year") && columns.containsKey("period")) {
        columns.put("year", columns.get("period"));
      }
      for (String column : REQUIRED) {
        if (!columns.containsKey(column)) {
          errors.add(new FieldError(0, column, "column missing from the header line"));
        }
      }
      if (errors.isEmpty()) {
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord record : parser) {
          count++;
          int row = (int) record.getRecordNumber();
          String nip = record.get(columns.get("nip"));
          String yearText = record.get(columns.get("year"));
          String predicateText = record.get(columns.get("predicate"));
          boolean ok = true;
          if (!nip.matches("\\d{18}")) {
            errors.add(new FieldError(row, "nip", "must be the 18 digits of a NIP"));
            ok = false;
          }
          int year = 0;
          try {
            year = Integer.parseInt(yearText);
            if (year < 2000 || year > 2100) {
              throw new NumberFormatException();
            }
          } catch (NumberFormatException e) {
            errors.add(new FieldError(row, "year", "must be a year from 2000 to 2100"));
            ok = false;
          }
          Optional<SkpPredicate> predicate = SkpPredicate.parse(predicateText);
          if (predicate.isEmpty()) {
            errors.add(new FieldError(row, "predicate", "must be one of SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG"));
            ok = false;
          }
          if (ok) {
            Integer first = seen.putIfAbsent(nip + "/" + year, row);
            if (first != null) {
              errors.add(new FieldError(row, "nip", "rated for " + year + " already in row " + first));
            } else {
              rows.add(new Row(row, nip, year, predicate.get()));
            }
          }
        }
      }
    } catch (IOException | IllegalStateException | UncheckedIOException | IllegalArgumentException e) {
      errors.add(new FieldError(null, "file", "not a readable CSV file: " + e.getMessage()));
    }
    if (errors.isEmpty() && rows.isEmpty()) {
      errors.add(new FieldError(null, "file", "holds no rating"));
    }
    Connection c = em.unwrap(Connection.class);
    try {
      Map<String, Long> employees = employeesByNip(c, rows.stream().map(Row::nip).distinct().toList());
      for (Row r : rows) {
        if (!employees.containsKey(r.nip())) {
          errors.add(new FieldError(r.row(), "nip", "no employee with NIP " + r.nip() + " in your agency"));
        }
      }
      if (!errors.isEmpty()) {
        errors.sort(Comparator.comparing(e -> e.row() == null ? 0 : e.row()));
        throw new InvalidInputException(errors);
      }
      Map<String, Object[]> existing = existing(c, employees.values(), rows.stream().map(Row::year).distinct().toList());
      int created = 0;
      int updated = 0;
      int unchanged = 0;
      Timestamp now = Timestamp.from(Instant.now());
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO training.performance_rating (id, agency_id, employee_id, period_year, predicate, updated_at, updated_by)"
                      + " VALUES (nextval('training.performance_rating_seq'), ?, ?, ?, ?, ?, ?) RETURNING id");
          PreparedStatement update =
              c.prepareStatement(
                  "UPDATE training.performance_rating SET predicate = ?, updated_at = ?, updated_by = ?, version = version + 1"
                      + " WHERE id = ? AND agency_id = ?")) {
        for (Row r : rows) {
          long employee = employees.get(r.nip());
          Object[] before = existing.get(employee + "/" + r.year());
          if (before == null) {
            insert.setLong(1, caller.agencyId());
            insert.setLong(2, employee);
            insert.setInt(3, r.year());
            insert.setString(4, r.predicate().name());
            insert.setTimestamp(5, now);
            insert.setString(6, caller.username());
            long id;
            try (ResultSet k = insert.executeQuery()) {
              k.next();
              id = k.getLong(1);
            }
            audit(id, AuditTrail.Action.CREATE, employee, r.year(), null, r.predicate());
            created++;
          } else if (!before[1].equals(r.predicate().name())) {
            update.setString(1, r.predicate().name());
            update.setTimestamp(2, now);
            update.setString(3, caller.username());
            update.setLong(4, (Long) before[0]);
            update.setLong(5, caller.agencyId());
            update.addBatch();
            audit((Long) before[0], AuditTrail.Action.UPDATE, employee, r.year(), (String) before[1], r.predicate());
            updated++;
          } else {
            unchanged++;
          }
        }
        update.executeBatch();
      }
      return new Result(count, created, updated, unchanged);
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new id.bina.platform.ConflictException("Another import of the same ratings ran at the same time; import the file again");
      }
      throw new IllegalStateException("rating import failed", e);
    }
  }

  private void audit(long id, AuditTrail.Action action, long employee, int year, String before, SkpPredicate after) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    if (action == AuditTrail.Action.CREATE) {
      changes.put("employeeId", new Object[] {null, employee});
      changes.put("year", new Object[] {null, year});
    }
    changes.put("predicate", new Object[] {before, after.name()});
    auditTrail.record(caller.agencyId(), SUBJECT, id, action, changes);
  }

  private Map<String, Long> employeesByNip(Connection c, List<String> nips) throws SQLException {
    Map<String, Long> found = new HashMap<>();
    if (nips.isEmpty()) {
      return found;
    }
    try (PreparedStatement s =
        c.prepareStatement("SELECT nip, employee_id FROM platform.employee_directory WHERE agency_id = ? AND nip = ANY (?)")) {
      s.setLong(1, caller.agencyId());
      s.setArray(2, c.createArrayOf("varchar", nips.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return found;
  }

  /** "employee/year" -> [id, predicate] of the ratings already held. */
  private Map<String, Object[]> existing(Connection c, Collection<Long> employees, List<Integer> years) throws SQLException {
    Map<String, Object[]> found = new HashMap<>();
    if (employees.isEmpty()) {
      return found;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT employee_id, period_year, id, predicate FROM training.performance_rating"
                + " WHERE agency_id = ? AND period_year = ANY (?) AND employee_id = ANY (?)")) {
      s.setLong(1, caller.agencyId());
      s.setArray(2, c.createArrayOf("integer", years.toArray()));
      s.setArray(3, c.createArrayOf("bigint", employees.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(r.getLong(1) + "/" + r.getInt(2), new Object[] {r.getLong(3), r.getString(4)});
        }
      }
    }
    return found;
  }

  /** The unit's subtree path pattern (escaped for LIKE), or 404 when the unit is not of the caller's agency. */
  String subtree(Connection c, Long unitId) throws SQLException {
    if (unitId == null) {
      return "/%";
    }
    try (PreparedStatement s = c.prepareStatement("SELECT unit_path FROM platform.unit_directory WHERE unit_id = ? AND agency_id = ?")) {
      s.setLong(1, unitId);
      s.setLong(2, caller.agencyId());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("Unit", unitId);
        }
        return r.getString(1).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      }
    }
  }

  /** The ratings of a year in the unit's subtree, by name; optionally of one predicate. */
  @Transactional
  public Page<RatingLine> list(int year, Long unitId, SkpPredicate predicate, PageRequest page) {
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT d.employee_id, d.nip, d.name, d.unit_id, u.name, r.period_year, r.predicate, count(*) OVER ()"
                + " FROM training.performance_rating r JOIN platform.employee_directory d ON d.employee_id = r.employee_id"
                + " JOIN platform.unit_directory u ON u.unit_id = d.unit_id"
                + " WHERE r.agency_id = ? AND d.agency_id = ? AND r.period_year = ? AND d.unit_path LIKE ?"
                + (predicate == null ? "" : " AND r.predicate = ?")
                + " ORDER BY d.name, d.employee_id LIMIT ? OFFSET ?")) {
      int i = 1;
      s.setLong(i++, caller.agencyId());
      s.setLong(i++, caller.agencyId());
      s.setInt(i++, year);
      s.setString(i++, subtree(c, unitId));
      if (predicate != null) {
        s.setString(i++, predicate.name());
      }
      s.setInt(i++, page.size());
      s.setInt(i, page.offset());
      List<RatingLine> items = new ArrayList<>();
      long total = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          items.add(new RatingLine(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5), r.getInt(6), SkpPredicate.valueOf(r.getString(7))));
          total = r.getLong(8);
        }
      }
      return new Page<>(items, page.page(), page.size(), total);
    } catch (SQLException e) {
      throw new IllegalStateException("rating list failed", e);
    }
  }

  /** The performance-gap analysis of a year: active people of the unit's subtree per predicate, and those unrated. */
  @Transactional
  public Summary summary(int year, Long unitId) {
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT r.predicate, count(*) FROM platform.employee_directory d"
                + " LEFT JOIN training.performance_rating r ON r.employee_id = d.employee_id AND r.agency_id = d.agency_id AND r.period_year = ?"
                + " WHERE d.agency_id = ? AND d.active AND d.unit_path LIKE ? GROUP BY r.predicate")) {
      s.setInt(1, year);
      s.setLong(2, caller.agencyId());
      s.setString(3, subtree(c, unitId));
      Map<SkpPredicate, Long> counts = new EnumMap<>(SkpPredicate.class);
      for (SkpPredicate p : SkpPredicate.values()) {
        counts.put(p, 0L);
      }
      long notRated = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getString(1) == null) {
            notRated = r.getLong(2);
          } else {
            counts.put(SkpPredicate.valueOf(r.getString(1)), r.getLong(2));
          }
        }
      }
      long below = counts.entrySet().stream().filter(e -> e.getKey().belowExpectation()).mapToLong(Map.Entry::getValue).sum();
      long rated = counts.values().stream().mapToLong(Long::longValue).sum();
      return new Summary(year, unitId, counts, below, rated, notRated);
    } catch (SQLException e) {
      throw new IllegalStateException("rating summary failed", e);
    }
  }

  @Override
  @Transactional
  public Optional<SkpPredicate> of(long employeeId, int year) {
    return Optional.ofNullable(of(List.of(employeeId), year).get(employeeId));
  }

  @Override
  @Transactional
  public Map<Long, SkpPredicate> of(Collection<Long> employeeIds, int year) {
    Set<Long> ids = new HashSet<>(employeeIds);
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, SkpPredicate> found = new HashMap<>();
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT employee_id, predicate FROM training.performance_rating WHERE agency_id = ? AND period_year = ? AND employee_id = ANY (?)")) {
      s.setLong(1, caller.agencyId());
      s.setInt(2, year);
      s.setArray(3, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(r.getLong(1), SkpPredicate.valueOf(r.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("rating lookup failed", e);
    }
    return found;
  }
}
