package id.bina.mentoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when a mentee confirmed that a mentoring session took place: it counts {@code jp} JP (the
 * programme's JP per confirmed session) toward the mentee's ({@code employeeId}) 20 JP of the year of
 * {@code date}. Sent once per session; delivered at least once, so count it by {@code sessionId}.
 */
public record MentoringSessionConfirmed(long agencyId, long employeeId, long sessionId, LocalDate date, BigDecimal jp) {}
