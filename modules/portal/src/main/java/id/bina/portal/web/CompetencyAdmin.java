package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.CompetencyAdministration;
import id.bina.platform.Directory;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HR manager's dictionary and standards pages: the dictionary with a CSV import of technical
 * competencies, and a position's standard with its levels editable and a CSV import of standards. The
 * search terms and the chosen position come as request parameters, so views are links.
 */
@Named("competencyAdmin")
@RequestScoped
public class CompetencyAdmin {

  @Inject CompetencyAdministration administration;

  @Inject Directory directory;

  private Part file;

  private CompetencyAdministration.Standard standard;

  private static void sayErrors(InvalidInputException e) {
    e.errors().stream()
        .limit(20)
        .forEach(
            error ->
                say(
                    FacesMessage.SEVERITY_ERROR,
                    (error.row() == null ? "" : MessageFormat.format(msg().getString("admin.row"), error.row()) + " ")
                        + error.field() + ": " + error.message()));
  }

  public String getQuery() {
    return parameter("q");
  }

  public List<CompetencyAdministration.DictionaryEntry> getDictionaryEntries() {
    return administration.dictionary(getQuery(), PageRequest.of(0, PageRequest.MAX_SIZE)).items();
  }

  /** Records as maps: Expression Language here cannot read record components. */
  public List<Map<String, Object>> getDictionary() {
    return getDictionaryEntries().stream()
        .map(
            e -> {
              Map<String, Object> row = new HashMap<>();
              row.put("code", e.code());
              row.put("name", e.nameId());
              row.put("category", e.category());
              row.put("national", e.national());
              row.put("revision", e.revision());
              return row;
            })
        .toList();
  }

  public String importDictionary() {
    if (file == null || file.getSize() == 0) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("admin.chooseFile"));
      return null;
    }
    try (InputStream csv = file.getInputStream()) {
      CompetencyAdministration.ImportedDictionary result = administration.importDictionary(csv);
      say(
          FacesMessage.SEVERITY_INFO,
          MessageFormat.format(msg().getString("admin.dictionaryImported"), result.created(), result.revised(), result.unchanged()));
    } catch (InvalidInputException e) {
      sayErrors(e);
    } catch (IOException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.fileUnreadable"));
    }
    return null;
  }

  /** Positions matching the "q" parameter, to choose the one whose standard to see. */
  public List<Map<String, Object>> getPositions() {
    return directory.positions(getQuery(), 50).stream()
        .map(p -> Map.<String, Object>of("id", p.id(), "code", p.code(), "name", p.name()))
        .toList();
  }

  public Long getPositionId() {
    String value = parameter("position");
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public CompetencyAdministration.Standard getStandard() {
    if (standard == null && getPositionId() != null) {
      try {
        standard = administration.standard(getPositionId());
      } catch (NotFoundException e) {
        return null;
      }
    }
    return standard;
  }

  public List<Map<String, Object>> getStandardLines() {
    CompetencyAdministration.Standard current = getStandard();
    if (current == null) {
      return List.of();
    }
    return current.lines().stream()
        .map(
            l -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", l.competencyId());
              row.put("code", l.code());
              row.put("name", l.nameId());
              row.put("level", l.requiredLevel());
              row.put("source", l.source());
              return row;
            })
        .toList();
  }

  /**
   * Saves the levels of the form (fields "level-{competencyId}"): the lines written for the position, and the
   * default lines whose level HR changed; the others keep following the default of the position's kind.
   */
  public String saveStandard() {
    Map<String, String> form = faces().getExternalContext().getRequestParameterMap();
    long version;
    try {
      version = Long.parseLong(form.get("standardVersion"));
    } catch (NumberFormatException e) {
      version = -1;
    }
    CompetencyAdministration.Standard current = getStandard();
    if (current == null) {
      return null;
    }
    Map<Long, Integer> levels = new LinkedHashMap<>();
    for (CompetencyAdministration.StandardLine line : current.lines()) {
      String chosen = form.get("level-" + line.competencyId());
      int level = chosen == null ? line.requiredLevel() : Integer.parseInt(chosen);
      if (line.source().equals("POSITION") || level != line.requiredLevel()) {
        levels.put(line.competencyId(), level);
      }
    }
    try {
      standard = administration.writeStandard(current.positionId(), version, levels);
      say(FacesMessage.SEVERITY_INFO, msg().getString("admin.standardSaved"));
    } catch (StaleVersionException e) {
      standard = null;
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
    } catch (InvalidInputException e) {
      sayErrors(e);
    }
    return null;
  }

  public String importStandards() {
    if (file == null || file.getSize() == 0) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("admin.chooseFile"));
      return null;
    }
    try (InputStream csv = file.getInputStream()) {
      int positions = administration.importStandards(csv);
      say(FacesMessage.SEVERITY_INFO, MessageFormat.format(msg().getString("admin.standardsImported"), positions));
    } catch (InvalidInputException e) {
      sayErrors(e);
    } catch (IOException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.fileUnreadable"));
    }
    return null;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
