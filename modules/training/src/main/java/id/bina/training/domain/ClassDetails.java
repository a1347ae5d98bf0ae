package id.bina.training.domain;

import id.bina.platform.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What HR writes about a class, and the rules it must keep: sessions in time order without overlap, a
 * positive capacity, unit quotas that fit in it, and an enrolment window that closes before the first
 * session. Lists are never null.
 */
public record ClassDetails(
    String code,
    String name,
    List<Session> sessions,
    String venue,
    String onlineLink,
    Integer capacity,
    LocalDate enrolmentOpens,
    LocalDate enrolmentCloses,
    List<SeatQuota> quotas,
    List<Trainer> trainers) {

  public static final int MAX_SESSIONS = 400;

  /** Every broken rule, field by field; empty when the details are fine. */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || !code.matches("^[A-Za-z0-9._/-]{1,32}$")) {
      errors.add(error("code", "must be 1 to 32 letters, digits or . _ / -"));
    }
    if (name == null || name.isBlank()) {
      errors.add(error("name", "must not be blank"));
    } else if (name.length() > 200) {
      errors.add(error("name", "must be at most 200 characters"));
    }
    if (sessions.isEmpty()) {
      errors.add(error("sessions", "a class needs at least one session"));
    } else if (sessions.size() > MAX_SESSIONS) {
      errors.add(error("sessions", "at most " + MAX_SESSIONS + " sessions"));
    }
    Session previous = null;
    for (int i = 0; i < sessions.size(); i++) {
      Session s = sessions.get(i);
      String at = "sessions[" + i + "]";
      if (s.getDate() == null) {
        errors.add(error(at + ".date", "must be a date (yyyy-mm-dd)"));
      }
      if (s.getStartsAt() == null) {
        errors.add(error(at + ".startsAt", "must be a time (hh:mm)"));
      }
      if (s.getEndsAt() == null) {
        errors.add(error(at + ".endsAt", "must be a time (hh:mm)"));
      }
      if (s.getDate() == null || s.getStartsAt() == null || s.getEndsAt() == null) {
        previous = null;
        continue;
      }
      if (!s.getStartsAt().isBefore(s.getEndsAt())) {
        errors.add(error(at + ".endsAt", "must be after the start"));
      }
      if (previous != null && previous.getDate().atTime(previous.getEndsAt()).isAfter(s.getDate().atTime(s.getStartsAt()))) {
        errors.add(error(at + ".date", "sessions must be in time order and not overlap the one before"));
      }
      previous = s;
    }
    boolean noVenue = venue == null || venue.isBlank();
    boolean noLink = onlineLink == null || onlineLink.isBlank();
    if (noVenue && noLink) {
      errors.add(error("venue", "give a venue, an online link, or both"));
    }
    if (venue != null && venue.length() > 300) {
      errors.add(error("venue", "must be at most 300 characters"));
    }
    if (!noLink && (onlineLink.length() > 500 || !onlineLink.matches("^https?://\\S+$"))) {
      errors.add(error("onlineLink", "must be an http(s) address of at most 500 characters"));
    }
    if (capacity == null || capacity < 1) {
      errors.add(error("capacity", "must be 1 seat or more"));
    } else if (capacity > 100_000) {
      errors.add(error("capacity", "must be at most 100000 seats"));
    }
    if (enrolmentOpens == null) {
      errors.add(error("enrolmentOpens", "must be a date (yyyy-mm-dd)"));
    }
    if (enrolmentCloses == null) {
      errors.add(error("enrolmentCloses", "must be a date (yyyy-mm-dd)"));
    }
    if (enrolmentOpens != null && enrolmentCloses != null && enrolmentCloses.isBefore(enrolmentOpens)) {
      errors.add(error("enrolmentCloses", "must not be before enrolmentOpens"));
    }
    LocalDate first = firstSessionOn();
    if (enrolmentCloses != null && first != null && !enrolmentCloses.isBefore(first)) {
      errors.add(error("enrolmentCloses", "enrolment must close before the first session (" + first + ")"));
    }
    Set<Long> units = new HashSet<>();
    int quotaSeats = 0;
    for (int i = 0; i < quotas.size(); i++) {
      SeatQuota q = quotas.get(i);
      if (!units.add(q.getUnitId())) {
        errors.add(error("quotas[" + i + "].unitId", "has a quota already"));
      }
      if (q.getSeats() < 1) {
        errors.add(error("quotas[" + i + "].seats", "must be 1 seat or more"));
      }
      quotaSeats += Math.max(0, q.getSeats());
    }
    if (capacity != null && capacity >= 1 && quotaSeats > capacity) {
      errors.add(error("quotas", "the quotas hold " + quotaSeats + " seats, more than the capacity of " + capacity));
    }
    for (int i = 0; i < trainers.size(); i++) {
      Trainer t = trainers.get(i);
      boolean named = t.getExternalName() != null && !t.getExternalName().isBlank();
      if ((t.getEmployeeId() == null) == !named) {
        errors.add(error("trainers[" + i + "]", "give either an employeeId or an externalName"));
      } else if (named && t.getExternalName().length() > 200) {
        errors.add(error("trainers[" + i + "].externalName", "must be at most 200 characters"));
      }
    }
    return errors;
  }

  /** The date of the first session, or null when no session has a date. */
  public LocalDate firstSessionOn() {
    return sessions.stream().map(Session::getDate).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
  }

  public LocalDate lastSessionOn() {
    return sessions.stream().map(Session::getDate).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
  }

  private static FieldError error(String field, String message) {
    return new FieldError(null, field, message);
  }
}
