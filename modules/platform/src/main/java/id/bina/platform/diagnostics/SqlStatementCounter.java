package id.bina.platform.diagnostics;

import java.util.Set;
import org.glassfish.api.jdbc.SQLTraceListener;
import org.glassfish.api.jdbc.SQLTraceRecord;

/**
 * Counts the statements the current thread sends to the database. Payara calls it after every JDBC call on
 * Bina's pool (web.xml registers it on the data source), so JPA, native queries and plain JDBC all count;
 * only the calls that send SQL are counted, not prepare or parameter binding.
 */
public class SqlStatementCounter implements SQLTraceListener {

  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate", "executeLargeBatch");

  // A request runs on one thread from its first statement to its last, so a thread's count is its request's.
  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  @Override
  public void sqlTrace(SQLTraceRecord record) {
    if (EXECUTIONS.contains(record.getMethodName())) {
      COUNT.get()[0]++;
    }
  }

  /** Starts counting anew for the request this thread begins. */
  static void reset() {
    COUNT.get()[0] = 0;
  }

  /** The statements sent since {@link #reset()} on this thread. */
  static int count() {
    return COUNT.get()[0];
  }
}
