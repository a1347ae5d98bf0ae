package id.bina.mentoring;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/** The agency's mentoring programmes: everyone with an employee record reads them, HR defines them. */
public interface MentoringProgrammes {

  Page<ProgrammeView> list(PageRequest page);

  ProgrammeView get(long id);

  ProgrammeView create(ProgrammeInput input);

  /** Replaces the definition; {@code version} is the one the client read (412 when stale). */
  ProgrammeView update(long id, long version, ProgrammeInput input);
}
