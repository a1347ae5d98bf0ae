package id.bina.competency;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The HR manager's upkeep of the competency dictionary and the position standards, for the portal: the same
 * services and rules as the API (HR managers only; bad files are refused whole, row by row).
 */
public interface CompetencyAdministration {

  record DictionaryEntry(long id, String code, String category, boolean national, int revision, String nameId, boolean retired) {}

  /** The dictionary: national and the agency's technical competencies; {@code search} matches code and names. */
  Page<DictionaryEntry> dictionary(String search, PageRequest page);

  record ImportedDictionary(int rows, int created, int revised, int unchanged) {}

  /** Technical competencies from CSV, one line per competency and level (see the API's documentation). */
  ImportedDictionary importDictionary(InputStream csv);

  /** source: POSITION (written for the position) or DEFAULT (the default level of its kind of position). */
  record StandardLine(long competencyId, String code, String category, String nameId, int requiredLevel, String source) {}

  record Standard(long positionId, String positionName, String positionKind, long version, List<StandardLine> lines) {}

  Standard standard(long positionId);

  /** Writes the position's entries (competency id → required level), provided its version is still {@code version}. */
  Standard writeStandard(long positionId, long version, Map<Long, Integer> levels);

  /** Standards from CSV {@code position_code,competency_code,required_level}; returns how many positions were written. */
  int importStandards(InputStream csv);
}
