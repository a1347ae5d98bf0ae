package id.bina.training.application;

import id.bina.training.ClassStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** A class with its sessions (local times in {@code zone}), seats, quotas and trainers. */
public record ClassView(
    long id,
    long courseId,
    String courseCode,
    String courseTitle,
    int lessonHours,
    String code,
    String name,
    String zone,
    List<SessionView> sessions,
    String venue,
    String onlineLink,
    int capacity,
    int seatsTaken,
    int seatsLeft,
    LocalDate enrolmentOpens,
    LocalDate enrolmentCloses,
    boolean openForEnrolment,
    List<Quota> quotas,
    List<TrainerView> trainers,
    ClassStatus status,
    String cancelReason,
    LocalDate firstSessionOn,
    LocalDate lastSessionOn,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    long version) {

  public record SessionView(LocalDate date, LocalTime startsAt, LocalTime endsAt) {}

  public record Quota(long unitId, int seats) {}

  public record TrainerView(Long employeeId, String name, boolean external) {}
}
