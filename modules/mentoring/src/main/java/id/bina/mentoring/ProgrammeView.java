package id.bina.mentoring;

import java.math.BigDecimal;

/** A mentoring programme: kind, duration, monthly session target, JP per confirmed session, unit rule. */
public record ProgrammeView(
    long id,
    String name,
    String kind,
    int durationMonths,
    int targetSessionsPerMonth,
    BigDecimal jpPerSession,
    String unitRule,
    long version) {}
