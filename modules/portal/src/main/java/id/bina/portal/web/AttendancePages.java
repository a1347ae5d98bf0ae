package id.bina.portal.web;

import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.Role;
import id.bina.training.CatalogAdministration;
import id.bina.training.ClassAttendance;
import id.bina.training.ClassStatus;
import id.bina.training.ClassSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attendance and completion of a class, for HR managers and the class's trainers: a sheet of participants by
 * sessions to tick, post-test scores, and (HR) completing the class, after which the sheet shows who completed
 * and who did not. Only the boxes and scores changed on the form are sent, so two people working on the same
 * sheet do not undo each other's ticks.
 */
@Named("attendance")
@RequestScoped
public class AttendancePages {

  @Inject ClassAttendance attendance;

  @Inject CatalogAdministration catalog;

  @Inject Caller caller;

  private CatalogAdministration.TrainingClass trainingClass;
  private ClassAttendance.Sheet sheet;
  private boolean refused;

  public boolean isHr() {
    return caller.hasRole(Role.HR_MANAGER);
  }

  /** The classes to choose from: for HR every running class; for a trainer the classes they train. */
  public List<Map<String, Object>> getClasses() {
    Map<Long, ClassSummary> classes = new LinkedHashMap<>();
    if (isHr()) {
      catalog.classes(null, ClassStatus.RUNNING, PageRequest.of(0, PageRequest.MAX_SIZE)).items().forEach(k -> classes.put(k.id(), k));
    }
    attendance.classesITrain().forEach(k -> classes.putIfAbsent(k.id(), k));
    return classes.values().stream().map(CatalogAdminPages::classRow).toList();
  }

  public Long getClassId() {
    String value = parameter("class");
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public CatalogAdministration.TrainingClass getTrainingClass() {
    if (trainingClass == null && getClassId() != null) {
      try {
        trainingClass = catalog.trainingClass(getClassId());
      } catch (NotFoundException e) {
        return null;
      }
    }
    return trainingClass;
  }

  /** Whether the caller may not see the class's sheet (neither HR nor one of its trainers). */
  public boolean isRefused() {
    getSheet();
    return refused;
  }

  /** The sheet; null for someone who is neither HR nor a trainer of the class. */
  public ClassAttendance.Sheet getSheet() {
    if (sheet == null && !refused && getTrainingClass() != null) {
      try {
        sheet = attendance.sheet(getTrainingClass().id());
      } catch (AccessDeniedException | NotFoundException e) {
        refused = true;
      }
    }
    return sheet;
  }

  public boolean isRunning() {
    return getTrainingClass() != null && getTrainingClass().status() == ClassStatus.RUNNING;
  }

  /** The sessions as column heads: number and date. */
  public List<Map<String, Object>> getSessions() {
    List<Map<String, Object>> out = new ArrayList<>();
    List<CatalogAdministration.Session> sessions = getTrainingClass().sessions();
    for (int i = 0; i < sessions.size(); i++) {
      out.add(Map.of("seq", i, "date", sessions.get(i).date().toString()));
    }
    return out;
  }

  public List<Map<String, Object>> getRows() {
    ClassAttendance.Sheet s = getSheet();
    if (s == null) {
      return List.of();
    }
    return s.participants().stream()
        .map(
            p -> {
              Map<String, Object> row = new HashMap<>();
              row.put("employeeId", p.employeeId());
              row.put("name", p.name());
              row.put("status", p.status().name());
              row.put("percent", p.attendancePercent());
              row.put("score", p.postTestScore() == null ? "" : p.postTestScore().stripTrailingZeros().toPlainString());
              List<Map<String, Object>> cells = new ArrayList<>();
              for (int seq = 0; seq < s.sessions(); seq++) {
                cells.add(Map.of("seq", seq, "present", p.attended().contains(seq)));
              }
              row.put("cells", cells);
              return row;
            })
        .toList();
  }

  /**
   * Saves the ticks and scores changed on the form: box "present-{employee}-{session}" against hidden
   * "was-{employee}-{session}", field "score-{employee}" against "scoreWas-{employee}".
   */
  public String save() {
    Long classId = getClassId();
    ClassAttendance.Sheet shown = getSheet();
    if (classId == null || shown == null) {
      return null;
    }
    SubmittedForm in = new SubmittedForm();
    Map<Integer, Set<Long>> present = new HashMap<>();
    Map<Integer, Set<Long>> absent = new HashMap<>();
    Map<Long, BigDecimal> scores = new HashMap<>();
    for (ClassAttendance.Participant p : shown.participants()) {
      for (int seq = 0; seq < shown.sessions(); seq++) {
        String cell = p.employeeId() + "-" + seq;
        boolean was = in.checked("was-" + cell);
        boolean is = in.checked("present-" + cell);
        if (is && !was) {
          present.computeIfAbsent(seq, k -> new HashSet<>()).add(p.employeeId());
        } else if (was && !is) {
          absent.computeIfAbsent(seq, k -> new HashSet<>()).add(p.employeeId());
        }
      }
      String score = in.text("score-" + p.employeeId());
      String scoreWas = in.text("scoreWas-" + p.employeeId());
      if (!java.util.Objects.equals(score, scoreWas)) {
        scores.put(p.employeeId(), in.decimal("score-" + p.employeeId()));
      }
    }
    if (in.sayErrors()) {
      return null;
    }
    ClassAttendance.Sheet saved = CatalogAdminPages.act(() -> attendance.record(classId, present, absent, scores));
    if (saved == null) {
      return null;
    }
    return redirect("attendance.saved", classId);
  }

  /** HR completes the class: each confirmed participant is decided by attendance and score. */
  public String complete() {
    Long classId = getClassId();
    Long version;
    try {
      version = Long.valueOf(faces().getExternalContext().getRequestParameterMap().get("version"));
    } catch (NumberFormatException e) {
      return null;
    }
    CatalogAdministration.TrainingClass done =
        CatalogAdminPages.act(() -> catalog.moveClass(classId, version, ClassStatus.COMPLETED, null));
    return done == null ? null : redirect("classStatus.done.COMPLETED", classId);
  }

  private static String redirect(String key, long classId) {
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString(key));
    return "/portal/attendance?faces-redirect=true&class=" + classId;
  }
}
