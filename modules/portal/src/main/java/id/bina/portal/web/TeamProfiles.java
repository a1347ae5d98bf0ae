package id.bina.portal.web;

import id.bina.competency.CompetencyGaps;
import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.platform.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A supervisor's team: their direct reports with job-person match and gaps, and one report's profile. The
 * competency module decides who may see whom: anyone else's profile is "not found".
 */
@Named("team")
@RequestScoped
public class TeamProfiles {

  @Inject CompetencyGaps gaps;

  @Inject CompetencyProfiles profiles;

  private ProfileView member;

  public List<Map<String, Object>> getMembers() {
    return gaps.team(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(
            m -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", m.employeeId());
              row.put("name", m.name());
              row.put("position", m.positionName());
              row.put("jpm", String.format(Locale.ROOT, "%.1f", m.jobPersonMatch()));
              row.put("below", m.below());
              row.put("unassessed", m.required() - m.assessed());
              row.put("largestGap", m.largestGap());
              return row;
            })
        .toList();
  }

  /** The report chosen by the "employee" request parameter. */
  public ProfileView getMember() {
    if (member == null) {
      String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("employee");
      member = profiles.profileOf(Long.parseLong(id == null ? "0" : id));
    }
    return member;
  }

  public String getMemberName() {
    return getMember().employeeName();
  }

  public String getMemberJobPersonMatch() {
    Double jpm = getMember().jobPersonMatch();
    return jpm == null ? "–" : String.format(Locale.ROOT, "%.1f", jpm);
  }

  public List<MyCompetencyProfile.Line> getMemberLines() {
    return getMember().competencies().stream().map(MyCompetencyProfile.Line::new).toList();
  }
}
