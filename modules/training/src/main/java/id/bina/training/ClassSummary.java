package id.bina.training;

import java.time.LocalDate;

/** A class (offering) of a course as lists and other modules show it. */
public record ClassSummary(
    long id,
    long courseId,
    String courseCode,
    String courseTitle,
    String code,
    String name,
    ClassStatus status,
    int capacity,
    int seatsTaken,
    LocalDate enrolmentOpens,
    LocalDate enrolmentCloses,
    LocalDate firstSessionOn,
    LocalDate lastSessionOn,
    int lessonHours) {}
