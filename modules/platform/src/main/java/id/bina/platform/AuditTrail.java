package id.bina.platform;

import java.util.Map;

/**
 * The append-only record of changes to people's records: who changed what, when. Every module calls it in
 * the same transaction as the change, so a rolled-back change leaves no entry.
 */
public interface AuditTrail {

  enum Action {
    CREATE,
    UPDATE,
    DELETE
  }

  /**
   * Records one change by the current caller.
   *
   * @param changes field name -> [before, after]; values are written as text
   */
  void record(long agencyId, String subjectType, long subjectId, Action action, Map<String, Object[]> changes);
}
