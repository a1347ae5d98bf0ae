package id.bina.mentoring;

import id.bina.platform.Page;
import id.bina.platform.PageRequest;

/**
 * Session logs: the mentor of the assignment writes them, the mentee confirms each (then it counts toward
 * JP: {@link MentoringSessionConfirmed}). What each reader sees is described on {@link SessionView}; another
 * mentor, another agency or anyone else gets 404.
 */
public interface MentoringSessions {

  SessionView log(SessionInput input);

  Page<SessionView> list(long assignmentId, PageRequest page);

  SessionView get(long id);

  SessionView update(long id, long version, SessionInput input);

  SessionView confirm(long id, long version);
}
