package id.bina.competency.application;

import id.bina.competency.CompetencyAdministration;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.Page;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link CompetencyAdministration} on top of the dictionary and standard services. */
@ApplicationScoped
public class PublishedAdministration implements CompetencyAdministration {

  @Inject Caller caller;

  @Inject DictionaryService dictionary;

  @Inject id.bina.competency.application.DictionaryImport dictionaryImport;

  @Inject StandardService standards;

  /** The REST resources check roles with @RolesAllowed; this entry point checks them itself. */
  private void requireHr() {
    if (!caller.hasAnyRole(Role.HR_MANAGER, Role.ADMIN)) {
      throw new AccessDeniedException("The dictionary and the standards are kept by HR managers");
    }
  }

  @Override
  public Page<DictionaryEntry> dictionary(String search, PageRequest page) {
    return dictionary.list(null, search, false, page)
        .map(s -> new DictionaryEntry(s.id(), s.code(), s.category(), s.national(), s.revision(), s.nameId(), s.retired()));
  }

  @Override
  public ImportedDictionary importDictionary(InputStream csv) {
    requireHr();
    id.bina.competency.application.DictionaryImport.Result result = dictionaryImport.importCsv(csv);
    return new ImportedDictionary(result.rows(), result.created(), result.revised(), result.unchanged());
  }

  @Override
  public Standard standard(long positionId) {
    return standard(standards.get(positionId));
  }

  @Override
  public Standard writeStandard(long positionId, long version, Map<Long, Integer> levels) {
    requireHr();
    StandardInput input = new StandardInput();
    input.entries = new ArrayList<>();
    levels.forEach(
        (competency, level) -> {
          StandardInput.EntryInput entry = new StandardInput.EntryInput();
          entry.competencyId = competency;
          entry.requiredLevel = level;
          input.entries.add(entry);
        });
    return standard(standards.replace(positionId, version, input));
  }

  @Override
  public int importStandards(InputStream csv) {
    requireHr();
    return standards.importCsv(csv).positions();
  }

  private static Standard standard(StandardView view) {
    List<StandardLine> lines =
        view.entries().stream()
            .map(e -> new StandardLine(e.competencyId(), e.code(), e.category(), e.nameId(), e.requiredLevel(), e.source()))
            .toList();
    return new Standard(view.positionId(), view.positionName(), view.positionKind(), view.version(), lines);
  }
}
