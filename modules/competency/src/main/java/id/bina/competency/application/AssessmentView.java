package id.bina.competency.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded assessment, as its history shows it. */
public record AssessmentView(
    long id,
    long employeeId,
    long competencyId,
    String competencyCode,
    int revision,
    int level,
    String method,
    LocalDate assessedOn,
    String assessor,
    String evidenceNote,
    OffsetDateTime recordedAt) {}
