package id.bina.training.application;

import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.training.application.AttendanceService.Test;
import id.bina.training.domain.Enrolment;
import id.bina.training.domain.TrainingClass;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Pre- and post-test scores of a running class from a CSV file exported by an e-learning system: {@code
 * nip,pre_test,post_test}, one participant a line; an empty cell leaves that score as it is. All or nothing: any
 * bad row (not a confirmed participant of the class, a score outside 0–100, the same NIP twice) imports nothing,
 * and every error names its row (1 = the first line after the header). Importing the same file again changes
 * nothing.
 */
@ApplicationScoped
public class TestScoreImport {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject AttendanceService attendance;

  @Schema(name = "TestScoreImportResult")
  public record Result(int rows, int updated, int unchanged) {}

  private record Row(int row, String nip, BigDecimal pre, BigDecimal post) {}

  @Transactional
  public Result importCsv(long classId, InputStream csv) {
    TrainingClass k = attendance.running(classId);
    Map<Long, Enrolment> confirmed = attendance.byEmployee(k.getId());
    Map<String, Enrolment> byNip = byNip(k.getAgencyId(), confirmed);
    List<FieldError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      // Header names as e-learning systems write them: "NIP", "pre_test", "Pre-Test", "post test" (and a BOM).
      Map<String, String> columns = new HashMap<>();
      parser.getHeaderNames().forEach(h -> columns.put(h.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), h));
      if (!columns.containsKey("nip")) {
        errors.add(new FieldError(0, "nip", "column missing from the header line"));
      }
      if (!columns.containsKey("pretest") && !columns.containsKey("posttest")) {
        errors.add(new FieldError(0, "pre_test", "the header line names neither pre_test nor post_test"));
      }
      if (errors.isEmpty()) {
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord record : parser) {
          int row = (int) record.getRecordNumber();
          String nip = record.isSet(columns.get("nip")) ? record.get(columns.get("nip")) : "";
          BigDecimal pre = score(record, columns.get("pretest"), row, "pre_test", errors);
          BigDecimal post = score(record, columns.get("posttest"), row, "post_test", errors);
          if (!nip.matches("\\d{18}")) {
            errors.add(new FieldError(row, "nip", "must be the 18 digits of a NIP"));
            continue;
          }
          Integer first = seen.putIfAbsent(nip, row);
          if (first != null) {
            errors.add(new FieldError(row, "nip", "already in row " + first));
          } else if (!byNip.containsKey(nip)) {
            errors.add(new FieldError(row, "nip", "not a confirmed participant of class " + k.getCode()));
          } else {
            rows.add(new Row(row, nip, pre, post));
          }
        }
      }
    } catch (IOException | IllegalStateException | UncheckedIOException | IllegalArgumentException e) {
      errors.add(new FieldError(null, "file", "not a readable CSV file: " + e.getMessage()));
    }
    if (errors.isEmpty() && rows.isEmpty()) {
      errors.add(new FieldError(null, "file", "holds no score"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    int updated = 0;
    for (Row r : rows) {
      Enrolment e = byNip.get(r.nip());
      boolean changed = r.pre() != null && attendance.record(e, Test.PRE, r.pre());
      changed |= r.post() != null && attendance.record(e, Test.POST, r.post());
      updated += changed ? 1 : 0;
    }
    em.flush();
    return new Result(rows.size(), updated, rows.size() - updated);
  }

  /** The cell's score, null when the column is absent or the cell empty; "85,5" is read as 85.5. */
  private static BigDecimal score(CSVRecord record, String column, int row, String field, List<FieldError> errors) {
    if (column == null || !record.isSet(column)) {
      return null;
    }
    String text = record.get(column);
    if (text.isEmpty()) {
      return null;
    }
    if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
      text = text.replace(',', '.');
    }
    try {
      BigDecimal score = new BigDecimal(text);
      if (AttendanceService.validScore(score)) {
        return score;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError(row, field, "must be a score from 0 to 100, at most two decimals"));
    return null;
  }

  /** NIP -> enrolment of the confirmed participants, in one query over the platform's published directory. */
  private Map<String, Enrolment> byNip(long agencyId, Map<Long, Enrolment> confirmed) {
    Map<String, Enrolment> out = new HashMap<>();
    if (confirmed.isEmpty()) {
      return out;
    }
    Sql.of(em)
        .list(
            "SELECT employee_id, nip FROM platform.employee_directory WHERE agency_id = ? AND employee_id = ANY (?)",
            r -> out.put(r.getString(2), confirmed.get(r.getLong(1))),
            agencyId,
            confirmed.keySet().toArray(Long[]::new));
    return out;
  }
}
