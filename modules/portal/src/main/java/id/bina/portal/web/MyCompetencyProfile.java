package id.bina.portal.web;

import static id.bina.platform.rest.Problems.JSON;

import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.platform.Caller;
import id.bina.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The employee's own competency profile page: current versus required level per competency as a chart and a
 * table, the job-person match, and a self-assessment form.
 */
@Named("myProfile")
@RequestScoped
public class MyCompetencyProfile {

  @Inject CompetencyProfiles profiles;

  @Inject Caller caller;

  private ProfileView profile;

  /** The form's choices; bound by Faces. */
  private Long competencyId;

  private Integer level;

  public ProfileView getProfile() {
    if (profile == null) {
      profile = profiles.profileOf(caller.employeeId().orElseThrow());
    }
    return profile;
  }

  /** Lines as beans for Expression Language, which cannot read record components. */
  public List<Line> getLines() {
    return getProfile().competencies().stream().map(Line::new).toList();
  }

  public String getJobPersonMatch() {
    Double jpm = getProfile().jobPersonMatch();
    return jpm == null ? null : String.format(java.util.Locale.ROOT, "%.1f", jpm);
  }

  /** Chart.js configuration: required and current level per competency code. */
  public String getChart() {
    ResourceBundle msg = FacesContext.getCurrentInstance().getApplication().getResourceBundle(FacesContext.getCurrentInstance(), "msg");
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder required = JSON.createArrayBuilder();
    JsonArrayBuilder current = JSON.createArrayBuilder();
    for (ProfileView.Line line : getProfile().competencies()) {
      labels.add(line.code());
      required.add(line.requiredLevel() == null ? 0 : line.requiredLevel());
      current.add(line.currentLevel() == null ? 0 : line.currentLevel());
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("label", msg.getString("myProfile.required")).add("data", required).add("backgroundColor", "#94a3b8"))
                        .add(JSON.createObjectBuilder().add("label", msg.getString("myProfile.current")).add("data", current).add("backgroundColor", "#0b5394"))))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("min", 0).add("max", 5).add("ticks", JSON.createObjectBuilder().add("stepSize", 1)))))
        .build()
        .toString();
  }

  public String submitSelfAssessment() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      profiles.selfAssess(competencyId, level);
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("myProfile.saved"), null));
      return "/portal/employee/profile?faces-redirect=true";
    } catch (InvalidInputException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("myProfile.invalid"), null));
      return null;
    }
  }

  public Long getCompetencyId() {
    return competencyId;
  }

  public void setCompetencyId(Long competencyId) {
    this.competencyId = competencyId;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  /** One row of the table. */
  public static final class Line {
    private final ProfileView.Line line;

    Line(ProfileView.Line line) {
      this.line = line;
    }

    public long getCompetencyId() {
      return line.competencyId();
    }

    public String getCode() {
      return line.code();
    }

    public String getName() {
      return line.nameId();
    }

    public Integer getRequired() {
      return line.requiredLevel();
    }

    public Integer getCurrent() {
      return line.currentLevel();
    }

    public Integer getGap() {
      return line.gap();
    }

    public String getSource() {
      return line.source() == null ? null : line.source().method();
    }
  }
}
