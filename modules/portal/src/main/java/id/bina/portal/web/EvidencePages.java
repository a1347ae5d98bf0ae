package id.bina.portal.web;

import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.CompetencyEvidence;
import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Competency evidence in the portal: an employee submits evidence with its file and follows its review; a
 * supervisor or HR manager accepts (at the claimed level or lower) or rejects with a reason what waits for
 * them. The competency module enforces who may do what.
 */
@Named("evidence")
@RequestScoped
public class EvidencePages {

  @Inject CompetencyEvidence evidence;

  @Inject CompetencyProfiles profiles;

  @Inject id.bina.platform.Caller caller;

  // The submission form.
  private Long competencyId;
  private String kind = "CERTIFICATE";
  private String title;
  private LocalDate issuedOn;
  private String issuer;
  private Integer claimedLevel;
  private Part file;

  // A reviewer's decision on one row.
  private Long decisionId;
  private Long decisionVersion;
  private Integer acceptedLevel;
  private String reason;

  /** The competencies the caller may give evidence for: those of their profile (standard and assessed). */
  public List<Map<String, Object>> getCompetencies() {
    ProfileView profile = profiles.profileOf(caller.employeeId().orElseThrow());
    return profile.competencies().stream()
        .map(line -> Map.<String, Object>of("id", line.competencyId(), "label", line.code() + " " + line.nameId()))
        .toList();
  }

  public List<String> getKinds() {
    return List.of("CERTIFICATE", "DECREE", "E_LEARNING_COMPLETION", "MENTORING_RECORD", "OTHER");
  }

  public List<Map<String, Object>> getMine() {
    return evidence.mine(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(EvidencePages::row).toList();
  }

  public List<Map<String, Object>> getWaiting() {
    return evidence.waitingForMe(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(EvidencePages::row).toList();
  }

  private static Map<String, Object> row(CompetencyEvidence.Item item) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", item.id());
    row.put("version", item.version());
    row.put("employee", item.employeeName());
    row.put("competency", item.competencyCode());
    row.put("kind", item.kind());
    row.put("title", item.title());
    row.put("issuedOn", item.issuedOn().toString());
    row.put("claimedLevel", item.claimedLevel());
    row.put("status", item.status());
    row.put("acceptedLevel", item.acceptedLevel());
    row.put("decisionNote", item.decisionNote());
    row.put("hasFile", item.hasFile());
    // A reviewer accepts at the claimed level or lower.
    row.put("levels", java.util.stream.IntStream.iterate(item.claimedLevel(), l -> l >= 1, l -> l - 1).boxed().toList());
    return row;
  }

  /** The evidence file's download: the API serves the portal's session too. */
  public String fileLink(long id) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/competency-evidence/" + id + "/file";
  }

  public String submit() {
    ResourceBundle msg = msg();
    try {
      CompetencyEvidence.Item item =
          evidence.submit(new CompetencyEvidence.Submission(competencyId, kind, title, issuedOn, issuer, claimedLevel, null));
      if (file != null && file.getSize() > 0) {
        try (InputStream bytes = file.getInputStream()) {
          evidence.attachFile(item.id(), item.version(), bytes);
        }
      }
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> say(FacesMessage.SEVERITY_ERROR, error.field() + ": " + error.message()));
      return null;
    } catch (IOException e) {
      say(FacesMessage.SEVERITY_ERROR, msg.getString("evidence.fileUnreadable"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg.getString("evidence.submitted"));
    return "/portal/employee/evidence?faces-redirect=true";
  }

  public String accept() {
    return decide(true);
  }

  public String reject() {
    return decide(false);
  }

  private String decide(boolean accept) {
    ResourceBundle msg = msg();
    // The row's id and version come as plain form fields: one form per row of the queue.
    Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      decisionId = Long.valueOf(form.get("evidenceId"));
      decisionVersion = Long.valueOf(form.get("evidenceVersion"));
    } catch (NumberFormatException e) {
      say(FacesMessage.SEVERITY_ERROR, msg.getString("evidence.changedMeanwhile"));
      return null;
    }
    try {
      if (accept) {
        evidence.accept(decisionId, decisionVersion, acceptedLevel, null);
      } else {
        evidence.reject(decisionId, decisionVersion, reason);
      }
    } catch (InvalidInputException e) {
      say(FacesMessage.SEVERITY_ERROR, msg.getString(accept ? "evidence.invalidLevel" : "evidence.reasonRequired"));
      return null;
    } catch (StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg.getString("evidence.changedMeanwhile"));
      return null;
    } catch (AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg.getString(accept ? "evidence.accepted" : "evidence.rejected"));
    return "/portal/evidence-reviews?faces-redirect=true";
  }

  public Long getCompetencyId() {
    return competencyId;
  }

  public void setCompetencyId(Long competencyId) {
    this.competencyId = competencyId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public Integer getClaimedLevel() {
    return claimedLevel;
  }

  public void setClaimedLevel(Integer claimedLevel) {
    this.claimedLevel = claimedLevel;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Integer getAcceptedLevel() {
    return acceptedLevel;
  }

  public void setAcceptedLevel(Integer acceptedLevel) {
    this.acceptedLevel = acceptedLevel;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
