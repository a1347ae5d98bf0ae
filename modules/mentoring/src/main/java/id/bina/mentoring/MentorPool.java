package id.bina.mentoring;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/**
 * The mentor pool and matching. Employees apply (or HR adds them) with the competencies they offer, each of
 * which they must hold at the minimum level; HR approves them into the pool (never their own entry) and
 * withdraws them from it.
 */
public interface MentorPool {

  MentorView apply(MentorInput input);

  /** HR sees every entry (filter by status); everyone else the approved mentors and their own entry. */
  Page<MentorView> list(String status, PageRequest page);

  MentorView get(long id);

  /** The caller's own pool entry (applied, approved or withdrawn: one per employee), if they ever offered. */
  java.util.Optional<MentorView> mine();

  MentorView update(long id, long version, MentorInput input);

  MentorView approve(long id, long version);

  /**
   * Takes the entry out of the pool: HR turns an application down or withdraws a mentor, or the mentor
   * withdraws themself. Mentorings under way go on; requests waiting for the mentor pass to the next one.
   */
  MentorView withdraw(long id, long version, String reason);

  /** Mentors for {@code menteeId} (the caller when null) in the programme, ranked; HR or the mentee. */
  SuggestionsView suggestions(long programmeId, Long menteeId);
}
