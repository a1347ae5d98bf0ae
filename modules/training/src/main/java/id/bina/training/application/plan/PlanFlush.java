package id.bina.training.application.plan;

import id.bina.platform.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/** Flushing where a unique index decides a race: a concurrent writer that got there first is a 409. */
final class PlanFlush {

  private PlanFlush() {}

  static void flush(EntityManager em, String conflict) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
          throw new ConflictException(conflict);
        }
      }
      throw e;
    }
  }
}
