package id.bina.mentoring;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An entry of the mentor pool: who, what they offer, their capacity and whether HR approved them; a
 * withdrawn entry says who took it out of the pool, when and why.
 */
public record MentorView(
    long id,
    long employeeId,
    String name,
    long unitId,
    String status,
    List<Long> competencyIds,
    int maxMentees,
    int activeMentees,
    String availability,
    String appliedBy,
    OffsetDateTime appliedAt,
    String approvedBy,
    OffsetDateTime approvedAt,
    String withdrawnBy,
    OffsetDateTime withdrawnAt,
    String withdrawalReason,
    long version) {}
