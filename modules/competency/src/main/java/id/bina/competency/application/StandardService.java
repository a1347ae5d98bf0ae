package id.bina.competency.application;

import id.bina.competency.domain.Competency;
import id.bina.competency.domain.PositionStandard;
import id.bina.competency.domain.StandardEntry;
import id.bina.platform.Caller;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.InvalidInputException.FieldError;
import id.bina.platform.NotFoundException;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Position competency standards: read as they apply, written by HR, copied between positions, imported. */
@ApplicationScoped
public class StandardService {

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject Caller caller;

  @Inject Directory directory;

  @Inject DefaultLevels defaultLevels;

  @Transactional
  public StandardView get(long positionId) {
    Directory.PositionInfo position = position(positionId);
    PositionStandard standard = em.find(PositionStandard.class, positionId);
    Map<Long, Integer> written = new LinkedHashMap<>();
    if (standard != null) {
      standard.getEntries().forEach(e -> written.put(e.getCompetencyId(), e.getRequiredLevel()));
    }
    String kind = DefaultLevels.kindOf(position);
    int fallback = defaultLevels.levelFor(kind);
    List<StandardView.Entry> entries = new ArrayList<>();
    List<Object[]> competencies =
        em.createQuery(
                "select c, r.nameId from Competency c join CompetencyRevision r on r.competencyId = c.id"
                    + " and r.revision = c.currentRevision where (c.id in :written)"
                    + " or (c.agencyId is null and c.retiredAt is null) order by c.category, c.code",
                Object[].class)
            .setParameter("written", written.isEmpty() ? List.of(-1L) : List.copyOf(written.keySet()))
            .getResultList();
    for (Object[] row : competencies) {
      Competency c = (Competency) row[0];
      Integer level = written.get(c.getId());
      entries.add(
          new StandardView.Entry(
              c.getId(),
              c.getCode(),
              c.getCategory().name(),
              (String) row[1],
              level != null ? level : fallback,
              level != null ? "POSITION" : "DEFAULT"));
    }
    return new StandardView(
        positionId,
        position.name(),
        kind,
        standard == null ? 0 : standard.getVersion(),
        standard == null ? null : standard.getUpdatedAt().atZoneSameInstant(directory.zone()).toOffsetDateTime(),
        standard == null ? null : standard.getUpdatedBy(),
        entries);
  }

  /** Replaces the position's written entries, provided nobody changed them since {@code version}. */
  @Transactional
  public StandardView replace(long positionId, long version, StandardInput input) {
    position(positionId);
    List<FieldError> errors = new ArrayList<>();
    List<StandardEntry> entries = new ArrayList<>();
    Map<Long, Integer> seen = new HashMap<>();
    for (int i = 0; i < input.entries.size(); i++) {
      StandardInput.EntryInput entry = input.entries.get(i);
      Competency competency = em.find(Competency.class, entry.competencyId);
      if (competency == null
          || (!competency.isNational() && competency.getAgencyId() != caller.agencyId())) {
        errors.add(new FieldError(null, "entries[" + i + "].competencyId", "no such competency in your dictionary"));
      } else if (competency.isRetired()) {
        errors.add(new FieldError(null, "entries[" + i + "].competencyId", "competency " + competency.getCode() + " is retired"));
      } else if (seen.putIfAbsent(entry.competencyId, i) != null) {
        errors.add(
            new FieldError(null, "entries[" + i + "].competencyId", "listed already at entries[" + seen.get(entry.competencyId) + "]"));
      } else {
        entries.add(new StandardEntry(entry.competencyId, entry.requiredLevel));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    write(positionId, version, entries);
    return get(positionId);
  }

  /** Gives the position the written entries of another position of the agency. */
  @Transactional
  public StandardView copy(long positionId, long version, long fromPositionId) {
    position(positionId);
    if (directory.position(fromPositionId).isEmpty()) {
      throw new InvalidInputException("fromPositionId", "no such position in your agency");
    }
    PositionStandard from = em.find(PositionStandard.class, fromPositionId);
    write(positionId, version, from == null ? List.of() : from.getEntries());
    return get(positionId);
  }

  public record ImportResult(int rows, int positions) {}

  /**
   * Imports standards from CSV (position_code, competency_code, required_level), all or nothing: each position
   * in the file gets exactly the entries the file lists for it.
   */
  @Transactional
  public ImportResult importCsv(InputStream csv) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, List<String[]>> byPosition = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    int rows = 0;
    try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (String column : List.of("position_code", "competency_code", "required_level")) {
        if (!parser.getHeaderNames().contains(column)) {
          errors.add(new FieldError(0, column, "column missing from the header line"));
        }
      }
      if (errors.isEmpty()) {
        for (CSVRecord record : parser) {
          rows++;
          String[] row = {record.get("position_code"), record.get("competency_code"), record.get("required_level"), Long.toString(record.getRecordNumber())};
          byPosition.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
          firstRow.putIfAbsent(row[0], (int) record.getRecordNumber());
        }
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      errors.add(new FieldError(null, "file", "not a readable CSV file: " + e.getMessage()));
    }
    Map<String, Directory.PositionInfo> positions = directory.positionsByCode(byPosition.keySet());
    Map<String, Long> competencies = new HashMap<>();
    em.createQuery(
            "select c.code, c.id from Competency c where (c.agencyId is null or c.agencyId = :agency) and c.retiredAt is null",
            Object[].class)
        .setParameter("agency", caller.agencyId())
        .getResultList()
        .forEach(r -> competencies.put((String) r[0], (Long) r[1]));
    Map<Long, List<StandardEntry>> standards = new LinkedHashMap<>();
    byPosition.forEach(
        (code, lines) -> {
          Directory.PositionInfo position = positions.get(code);
          if (position == null) {
            errors.add(new FieldError(firstRow.get(code), "position_code", "no position " + code + " in your agency"));
            return;
          }
          Map<Long, Integer> seen = new HashMap<>();
          List<StandardEntry> entries = new ArrayList<>();
          for (String[] line : lines) {
            int number = Integer.parseInt(line[3]);
            Long competency = competencies.get(line[1]);
            Integer level = parseLevel(line[2]);
            if (competency == null) {
              errors.add(new FieldError(number, "competency_code", "no active competency " + line[1] + " in your dictionary"));
            } else if (seen.putIfAbsent(competency, number) != null) {
              errors.add(new FieldError(number, "competency_code", "listed for this position already in row " + seen.get(competency)));
            }
            if (level == null) {
              errors.add(new FieldError(number, "required_level", "must be a level from 1 to 5"));
            }
            if (competency != null && level != null) {
              entries.add(new StandardEntry(competency, level));
            }
          }
          standards.put(position.id(), entries);
        });
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparing(e -> e.row() == null ? 0 : e.row()));
      throw new InvalidInputException(errors);
    }
    standards.forEach(
        (positionId, entries) -> {
          PositionStandard standard = em.find(PositionStandard.class, positionId);
          write(positionId, standard == null ? 0 : standard.getVersion(), entries);
        });
    return new ImportResult(rows, standards.size());
  }

  private static Integer parseLevel(String text) {
    try {
      int level = Integer.parseInt(text);
      return level >= 1 && level <= 5 ? level : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void write(long positionId, long version, List<StandardEntry> entries) {
    PositionStandard standard = em.find(PositionStandard.class, positionId);
    long current = standard == null ? 0 : standard.getVersion();
    if (current != version) {
      throw new StaleVersionException("Competency standard of position", positionId);
    }
    if (standard == null) {
      standard = new PositionStandard(positionId, caller.agencyId());
      standard.replace(entries, caller.username());
      em.persist(standard);
    } else {
      standard.replace(entries, caller.username());
    }
    em.flush();
  }

  private Directory.PositionInfo position(long positionId) {
    return directory.position(positionId).orElseThrow(() -> new NotFoundException("Position", positionId));
  }
}
