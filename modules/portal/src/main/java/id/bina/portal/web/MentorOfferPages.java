package id.bina.portal.web;

import static id.bina.portal.web.MentoringHrPages.longParameter;
import static id.bina.portal.web.MentoringHrPages.sayErrors;
import static id.bina.portal.web.Pages.faces;
import static id.bina.portal.web.Pages.msg;
import static id.bina.portal.web.Pages.parameter;
import static id.bina.portal.web.Pages.say;

import id.bina.competency.CompetencyProfiles;
import id.bina.competency.ProfileView;
import id.bina.mentoring.AssignmentView;
import id.bina.mentoring.MentorInput;
import id.bina.mentoring.MentorPool;
import id.bina.mentoring.MentorView;
import id.bina.mentoring.MentoringAssignments;
import id.bina.mentoring.MentoringProgrammes;
import id.bina.mentoring.RequestInput;
import id.bina.mentoring.SuggestionsView;
import id.bina.competency.Competencies;
import id.bina.platform.AccessDeniedException;
import id.bina.platform.Caller;
import id.bina.platform.ConflictException;
import id.bina.platform.InvalidInputException;
import id.bina.platform.NotFoundException;
import id.bina.platform.PageRequest;
import id.bina.platform.StaleVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An employee's way into mentoring from the portal: offering to mentor (the competencies they hold, with their
 * levels, their capacity and a note; HR then approves on the pool page), asking for a mentor in a programme
 * from the ranked suggestions with their reasons (up to three, most wanted first), and, once a mentor, the
 * requests waiting for their answer. The mentoring module checks levels, rules and who may do what.
 */
@Named("mentorOffer")
@RequestScoped
public class MentorOfferPages {

  @Inject MentorPool pool;

  @Inject MentoringAssignments assignments;

  @Inject MentoringProgrammes programmes;

  @Inject CompetencyProfiles profiles;

  @Inject Competencies competencies;

  @Inject Caller caller;

  private MentorView entry;
  private boolean entryLoaded;
  private SuggestionsView suggestions;

  private long me() {
    return caller.employeeId().orElse(-1L);
  }

  // ---- offering to mentor ---------------------------------------------------------------------------

  /** The caller's own pool entry, if any (applied, approved or withdrawn). */
  private MentorView entry() {
    if (!entryLoaded) {
      entryLoaded = true;
      entry = pool.mine().orElse(null);
    }
    return entry;
  }

  public boolean isHasEntry() {
    return entry() != null;
  }

  public Map<String, Object> getEntry() {
    MentorView m = entry();
    Map<String, Object> row = new HashMap<>();
    if (m == null) {
      return row;
    }
    row.put("id", m.id());
    row.put("version", m.version());
    row.put("status", m.status());
    row.put("maxMentees", m.maxMentees());
    row.put("activeMentees", m.activeMentees());
    row.put("availability", m.availability() == null ? "" : m.availability());
    row.put("reason", m.withdrawalReason() == null ? "" : m.withdrawalReason());
    return row;
  }

  /** The competencies the caller holds, with their current level; those already offered are ticked. */
  public List<Map<String, Object>> getHeld() {
    Set<Long> offered = entry() == null ? Set.of() : Set.copyOf(entry().competencyIds());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ProfileView.Line line : profiles.profileOf(me()).competencies()) {
      if (line.currentLevel() == null) {
        continue;
      }
      Map<String, Object> row = new HashMap<>();
      row.put("id", line.competencyId());
      row.put("code", line.code());
      row.put("label", line.code() + " " + line.nameId());
      row.put("level", line.currentLevel());
      row.put("offered", offered.contains(line.competencyId()));
      rows.add(row);
    }
    return rows;
  }

  public List<Integer> getCapacities() {
    return List.of(1, 2, 3, 4, 5, 6, 8, 10);
  }

  /** Sends the offer (fields competency (several), maxMentees, availability): new, or a change of the entry. */
  public String offer() {
    MentorInput input = new MentorInput();
    String[] ticked = faces().getExternalContext().getRequestParameterValuesMap().get("competency");
    Set<Long> ids = new LinkedHashSet<>();
    if (ticked != null) {
      for (String value : ticked) {
        try {
          ids.add(Long.valueOf(value));
        } catch (NumberFormatException e) {
          // a tampered form: ignore the value
        }
      }
    }
    if (ids.isEmpty()) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentorOffer.pickOne"));
      return null;
    }
    input.competencyIds = new ArrayList<>(ids);
    Long capacity = longParameter("maxMentees");
    input.maxMentees = capacity == null ? null : capacity.intValue();
    input.availability = parameter("availability");
    try {
      if (entry() == null) {
        pool.apply(input);
      } else {
        Long version = longParameter("entryVersion");
        pool.update(entry().id(), version == null ? -1 : version, input);
      }
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentorOffer.sent"));
    return "/portal/employee/mentor-offer?faces-redirect=true";
  }

  /** The caller takes their own entry out of the pool (or their offer back), with an optional "reason". */
  public String withdraw() {
    if (entry() == null) {
      return null;
    }
    Long version = longParameter("entryVersion");
    try {
      pool.withdraw(entry().id(), version == null ? -1 : version, parameter("reason"));
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (StaleVersionException | ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentorOffer.withdrawn"));
    return "/portal/employee/mentor-offer?faces-redirect=true";
  }

  // ---- asking for a mentor --------------------------------------------------------------------------

  public List<Map<String, Object>> getProgrammes() {
    Long chosen = getProgrammeId();
    return programmes.list(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .map(p -> Map.<String, Object>of("id", p.id(), "name", p.name(), "selected", chosen != null && chosen == p.id()))
        .toList();
  }

  /** The programme chosen by the "programme" parameter. */
  public Long getProgrammeId() {
    return longParameter("programme");
  }

  private SuggestionsView suggestions() {
    if (suggestions == null && getProgrammeId() != null) {
      try {
        suggestions = pool.suggestions(getProgrammeId(), null);
      } catch (NotFoundException | AccessDeniedException e) {
        return null;
      }
    }
    return suggestions;
  }

  public boolean isMatching() {
    return suggestions() != null;
  }

  public List<Map<String, Object>> getSuggestions() {
    return MentoringHrPages.suggestionRows(suggestions(), competencies);
  }

  public List<Integer> getRanks() {
    return List.of(1, 2, 3);
  }

  /** Sends the request: the mentors chosen as rank-1, rank-2 and rank-3, in that order, blanks left out. */
  public String request() {
    RequestInput input = new RequestInput();
    input.programmeId = getProgrammeId();
    input.mentorIds = new ArrayList<>();
    for (int rank = 1; rank <= 3; rank++) {
      Long mentor = longParameter("rank-" + rank);
      if (mentor != null && mentor > 0 && !input.mentorIds.contains(mentor)) {
        input.mentorIds.add(mentor);
      }
    }
    if (input.programmeId == null) {
      return null;
    }
    if (input.mentorIds.isEmpty()) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentorRequest.pickOne"));
      return null;
    }
    try {
      assignments.request(input);
    } catch (InvalidInputException e) {
      sayErrors(e);
      return null;
    } catch (ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentorRequest.alreadyOpen"));
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString("mentorRequest.sent"));
    return "/portal/employee/mentoring?faces-redirect=true";
  }

  // ---- a mentor's answer to requests ----------------------------------------------------------------

  /** Requests waiting for the caller's answer as mentor, with their deadline. */
  public List<Map<String, Object>> getRequests() {
    return assignments.list("REQUESTED", PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
        .filter(a -> a.mentorEmployeeId() != null && a.mentorEmployeeId() == me())
        .map(
            (AssignmentView a) -> {
              Map<String, Object> row = new HashMap<>();
              row.put("id", a.id());
              row.put("version", a.version());
              row.put("mentee", a.menteeName());
              row.put("programme", a.programmeName());
              row.put("deadline", a.requestDeadline() == null ? "" : MentoringHrPages.WHEN.format(a.requestDeadline()));
              return row;
            })
        .toList();
  }

  public String accept() {
    return answer(true);
  }

  public String decline() {
    return answer(false);
  }

  private String answer(boolean accept) {
    Long id = longParameter("assignment");
    Long version = longParameter("assignmentVersion");
    if (id == null || version == null) {
      return null;
    }
    try {
      if (accept) {
        assignments.accept(id, version);
      } else {
        assignments.decline(id, version);
      }
    } catch (StaleVersionException | NotFoundException | AccessDeniedException e) {
      say(FacesMessage.SEVERITY_ERROR, msg().getString("mentoring.changedMeanwhile"));
      return null;
    } catch (ConflictException e) {
      say(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
    Pages.keepMessages();
    say(FacesMessage.SEVERITY_INFO, msg().getString(accept ? "mentorRequest.accepted" : "mentorRequest.declined"));
    return "/portal/mentor/sessions?faces-redirect=true";
  }
}
