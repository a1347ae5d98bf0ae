package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import id.bina.training.Catalog;
import id.bina.training.ClassSummary;
import id.bina.training.CourseSummary;
import id.bina.training.EnrolmentView;
import id.bina.training.Enrolments;
import id.bina.training.JpSummary;
import id.bina.training.TrainingRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training in the portal: a civil servant searches the catalog, requests a seat in an open class, follows
 * their requests (status, waitlist position), withdraws, sees their JP of the year and downloads their
 * certificates; a supervisor approves or rejects their reports' requests. The training module enforces the
 * rules (seats, clashes, prerequisites, who decides).
 */
@Named("training")
@RequestScoped
public class TrainingPages {

  @Inject Catalog catalog;

  @Inject Enrolments enrolments;

  @Inject TrainingRecords records;

  private String reason;

  private id.bina.training.BelowTargetReport belowTarget;

  public String getQuery() {
    return parameter("q");
  }

  /** Courses matching the search, each with its classes open for enrolment (at most ten courses). */
  public List<Map<String, Object>> getCourses() {
    return catalog.searchCourses(getQuery(), PageRequest.of(0, 10)).items().stream().map(this::course).toList();
  }

  private Map<String, Object> course(CourseSummary c) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", c.id());
    row.put("code", c.code());
    row.put("title", c.title());
    row.put("jp", c.lessonHours());
    row.put("modality", c.modality().name());
    row.put("provider", c.providerName());
    row.put("classes", catalog.openClasses(c.id(), PageRequest.of(0, 20)).items().stream().map(TrainingPages::trainingClass).toList());
    return row;
  }

  private static Map<String, Object> trainingClass(ClassSummary k) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", k.id());
    row.put("code", k.code());
    row.put("name", k.name());
    row.put("from", k.firstSessionOn() == null ? "" : k.firstSessionOn().toString());
    row.put("to", k.lastSessionOn() == null ? "" : k.lastSessionOn().toString());
    row.put("seatsLeft", Math.max(0, k.capacity() - k.seatsTaken()));
    row.put("closes", k.enrolmentCloses() == null ? "" : k.enrolmentCloses().toString());
    return row;
  }

  public List<Map<String, Object>> getMine() {
    return enrolments.mine(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(TrainingPages::enrolment).toList();
  }

  public List<Map<String, Object>> getWaiting() {
    return enrolments.waitingForMe(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(TrainingPages::enrolment).toList();
  }

  private static Map<String, Object> enrolment(EnrolmentView e) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", e.id());
    row.put("version", e.version());
    row.put("employee", e.employeeName());
    row.put("course", e.courseCode() + " " + e.courseTitle());
    row.put("classCode", e.classCode());
    row.put("className", e.className());
    row.put("from", e.firstSessionOn() == null ? "" : e.firstSessionOn().toString());
    row.put("status", e.status().name());
    row.put("waitlistPosition", e.waitlistPosition());
    row.put("reason", e.decisionReason());
    row.put(
        "withdrawable",
        switch (e.status().name()) {
          case "PENDING_APPROVAL", "APPROVED", "CONFIRMED", "WAITLISTED" -> true;
          default -> false;
        });
    return row;
  }

  public JpSummary getJp() {
    return records.myJp(null);
  }

  /** Progress toward the year's target in percent, for the bar (at most 100). */
  public int getJpPercent() {
    JpSummary jp = getJp();
    if (jp.target().signum() == 0) {
      return 100;
    }
    return jp.total().multiply(BigDecimal.valueOf(100)).divide(jp.target(), 0, RoundingMode.DOWN).min(BigDecimal.valueOf(100)).intValue();
  }

  public List<Map<String, Object>> getCertificates() {
    String context = faces().getExternalContext().getRequestContextPath();
    return records.myCertificates().stream()
        .map(
            c -> {
              Map<String, Object> row = new HashMap<>();
              row.put("number", c.number());
              row.put("course", c.courseCode() + " " + c.courseTitle());
              row.put("issuedOn", c.issuedOn().toString());
              row.put("jp", c.jp());
              row.put("validity", c.validity());
              row.put("pdf", context + "/api/v1/certificates/" + c.number() + "/pdf");
              return row;
            })
        .toList();
  }

  /** HR: who is below the year's JP target in the unit ("unit" parameter; the agency when absent), most short first. */
  public id.bina.training.BelowTargetReport getBelowTarget() {
    if (belowTarget == null) {
      String unit = parameter("unit");
      Long unitId;
      try {
        unitId = unit == null ? null : Long.valueOf(unit);
      } catch (NumberFormatException e) {
        unitId = null;
      }
      belowTarget = records.belowTarget(unitId, null, PageRequest.of(0, PageRequest.MAX_SIZE));
    }
    return belowTarget;
  }

  public List<Map<String, Object>> getBelowTargetLines() {
    return getBelowTarget().items().stream()
        .map(
            l -> {
              Map<String, Object> row = new HashMap<>();
              row.put("name", l.name());
              row.put("nip", l.nip());
              row.put("unit", l.unitName());
              row.put("position", l.positionName());
              row.put("jp", l.jp());
              row.put("shortBy", l.shortBy());
              return row;
            })
        .toList();
  }

  /** The below-target list as a download, for the same unit. */
  public String belowTargetExport(String format) {
    String unit = parameter("unit");
    return faces().getExternalContext().getRequestContextPath() + "/api/v1/jp/below-target." + format + (unit == null ? "" : "?unitId=" + unit);
  }

  /** Where the SIASN training-history CSV is downloaded (the form adds the period). */
  public String getSiasnExport() {
    return faces().getExternalContext().getRequestContextPath() + "/api/v1/jp/siasn-training-history.csv";
  }

  /** Requests a seat in the class named by the form's "classId" field. */
  public String request() {
    try {
      EnrolmentView e = enrolments.request(Long.parseLong(parameter("classId")));
      Pages.keepMessages();
      say(
          FacesMessage.SEVERITY_INFO,
          e.status().name().equals("WAITLISTED")
              ? java.text.MessageFormat.format(msg().getString("training.waitlisted"), e.waitlistPosition())
              : msg().getString("training.requested"));
      return "/portal/employee/training?faces-redirect=true";
    } catch (InvalidInputException | ConflictException | AccessDeniedException | NotFoundException | NumberFormatException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("training.refused") + " " + e.getMessage());
      return null;
    }
  }

  public String withdraw() {
    return decide("withdraw", "/portal/employee/training");
  }

  public String approve() {
    return decide("approve", "/portal/supervisor/enrolments");
  }

  public String reject() {
    return decide("reject", "/portal/supervisor/enrolments");
  }

  private String decide(String action, String page) {
    try {
      long id = Long.parseLong(parameter("enrolmentId"));
      long version = Long.parseLong(parameter("enrolmentVersion"));
      switch (action) {
        case "withdraw" -> enrolments.withdraw(id, version);
        case "approve" -> enrolments.approve(id, version);
        default -> enrolments.reject(id, version, reason);
      }
    } catch (InvalidInputException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.reasonRequired"));
      return null;
    } catch (StaleVersionException | ConflictException | NumberFormatException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("evidence.changedMeanwhile"));
      return null;
    } catch (AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("training.done." + action));
    return page + "?faces-redirect=true";
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
