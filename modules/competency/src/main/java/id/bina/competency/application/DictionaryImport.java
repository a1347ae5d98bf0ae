package id.bina.competency.application;

import id.bina.platform.Caller;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports an agency's technical competencies from CSV, one line per competency and level:
 * {@code code,name_id,definition_id,level,description_id,indicators} (optional {@code name_en},
 * {@code definition_en}, {@code description_en}); indicators are separated by {@code |}. A new code adds a
 * competency; a known one gets a new revision when its texts differ and is left alone when they do not, so
 * importing the same file twice changes nothing. All or nothing: any error, and nothing is written.
 */
@ApplicationScoped
public class DictionaryImport {

  static final List<String> REQUIRED = List.of("code", "name_id", "definition_id", "level", "description_id", "indicators");

  public record Result(int rows, int created, int revised, int unchanged) {}

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject DictionaryService dictionary;

  @Inject Validator validator;

  @Transactional
  public Result importCsv(InputStream csv) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, CompetencyInput> byCode = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    int rows = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (String column : REQUIRED) {
        if (!parser.getHeaderNames().contains(column)) {
          errors.add(new FieldError(0, column, "column missing from the header line"));
        }
      }
      if (errors.isEmpty()) {
        for (CSVRecord record : parser) {
          rows++;
          read(record, byCode, firstRow, errors);
        }
      }
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      errors.add(new FieldError(null, "file", "not a readable CSV file: " + e.getMessage()));
    }
    if (errors.isEmpty() && byCode.isEmpty()) {
      errors.add(new FieldError(null, "file", "holds no competency"));
    }
    byCode.forEach((code, input) -> check(code, input, firstRow.get(code), errors));
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(e -> e.row() == null ? 0 : e.row()));
      throw new InvalidInputException(errors);
    }
    Map<String, Long> existing = new HashMap<>();
    em.createQuery("select c.code, c.id from Competency c where c.agencyId = :agency", Object[].class)
        .setParameter("agency", caller.agencyId())
        .getResultList()
        .forEach(r -> existing.put((String) r[0], (Long) r[1]));
    int created = 0;
    int revised = 0;
    int unchanged = 0;
    for (var entry : byCode.entrySet()) {
      Long id = existing.get(entry.getKey());
      if (id == null) {
        dictionary.create(entry.getValue());
        created++;
        continue;
      }
      CompetencyView current = dictionary.get(id, null);
      if (sameTexts(current, entry.getValue())) {
        unchanged++;
      } else {
        CompetencyInput edit = entry.getValue();
        edit.code = null;
        try {
          dictionary.revise(id, current.version(), edit);
        } catch (RuntimeException e) {
          // A retired competency, for instance: say which row, and write nothing.
          throw new InvalidInputException(
              List.of(new FieldError(firstRow.get(entry.getKey()), "code", e.getMessage())));
        }
        revised++;
      }
    }
    return new Result(rows, created, revised, unchanged);
  }

  private static void read(
      CSVRecord record, Map<String, CompetencyInput> byCode, Map<String, Integer> firstRow, List<FieldError> errors) {
    int row = (int) record.getRecordNumber();
    String code = record.get("code");
    if (code.isEmpty()) {
      errors.add(new FieldError(row, "code", "must not be blank"));
      return;
    }
    CompetencyInput input = byCode.get(code);
    if (input == null) {
      input = new CompetencyInput();
      input.code = code;
      input.nameId = record.get("name_id");
      input.nameEn = optional(record, "name_en");
      input.definitionId = record.get("definition_id");
      input.definitionEn = optional(record, "definition_en");
      input.levels = new ArrayList<>();
      byCode.put(code, input);
      firstRow.put(code, row);
    } else if (!record.get("name_id").isEmpty() && !record.get("name_id").equals(input.nameId)) {
      errors.add(new FieldError(row, "name_id", "differs from the name given for " + code + " in row " + firstRow.get(code)));
    }
    CompetencyInput.LevelInput level = new CompetencyInput.LevelInput();
    try {
      level.level = Integer.valueOf(record.get("level"));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(row, "level", "must be a level from 1 to 5"));
      return;
    }
    level.descriptionId = record.get("description_id");
    level.descriptionEn = optional(record, "description_en");
    level.indicators =
        Arrays.stream(record.get("indicators").split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    input.levels.add(level);
  }

  private static String optional(CSVRecord record, String column) {
    return record.isMapped(column) && !record.get(column).isEmpty() ? record.get(column) : null;
  }

  /** The same rules as the API's: Bean Validation, then each of the levels 1 to 5 exactly once. */
  private void check(String code, CompetencyInput input, Integer row, List<FieldError> errors) {
    for (ConstraintViolation<CompetencyInput> violation : validator.validate(input)) {
      errors.add(new FieldError(row, code + ": " + column(violation.getPropertyPath().toString()), violation.getMessage()));
    }
    long distinct = input.levels.stream().map(l -> l.level).filter(Objects::nonNull).distinct().count();
    if (input.levels.size() == 5 && distinct != 5) {
      errors.add(new FieldError(row, code + ": level", "each of the levels 1 to 5 once"));
    }
  }

  /** The CSV column a constraint's property path stands for. */
  private static String column(String path) {
    return path.replace("nameId", "name_id")
        .replace("nameEn", "name_en")
        .replace("definitionId", "definition_id")
        .replace("definitionEn", "definition_en")
        .replace("descriptionId", "description_id")
        .replace("descriptionEn", "description_en");
  }

  private static boolean sameTexts(CompetencyView current, CompetencyInput input) {
    if (!Objects.equals(current.nameId(), input.nameId.trim())
        || !Objects.equals(blankToNull(current.nameEn()), blankToNull(input.nameEn))
        || !Objects.equals(current.definitionId(), input.definitionId)
        || !Objects.equals(blankToNull(current.definitionEn()), blankToNull(input.definitionEn))) {
      return false;
    }
    Map<Integer, CompetencyView.Level> levels = new HashMap<>();
    current.levels().forEach(l -> levels.put(l.level(), l));
    for (CompetencyInput.LevelInput level : input.levels) {
      CompetencyView.Level now = levels.get(level.level);
      if (now == null
          || !Objects.equals(now.descriptionId(), level.descriptionId)
          || !Objects.equals(blankToNull(now.descriptionEn()), blankToNull(level.descriptionEn))
          || !Objects.equals(now.indicators() == null ? List.of() : now.indicators(), level.indicators)) {
        return false;
      }
    }
    return true;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
