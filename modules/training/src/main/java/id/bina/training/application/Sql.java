package id.bina.training.application;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on the transaction's connection, for what JPQL cannot say: conditional updates of the seat
 * counters, locks, aggregates over the platform's published views.
 */
final class Sql {

  /** Maps one row. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  private final Connection connection;

  private Sql(Connection connection) {
    this.connection = connection;
  }

  static Sql of(EntityManager em) {
    return new Sql(em.unwrap(Connection.class));
  }

  int update(String sql, Object... parameters) {
    try (PreparedStatement s = prepare(sql, parameters)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + sql, e);
    }
  }

  <T> List<T> list(String sql, Row<T> row, Object... parameters) {
    try (PreparedStatement s = prepare(sql, parameters);
        ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(row.map(r));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + sql, e);
    }
  }

  <T> T one(String sql, Row<T> row, Object... parameters) {
    List<T> all = list(sql, row, parameters);
    return all.isEmpty() ? null : all.get(0);
  }

  Long number(String sql, Object... parameters) {
    return one(sql, r -> r.getObject(1) == null ? null : ((Number) r.getObject(1)).longValue(), parameters);
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      s.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
    }
    return s;
  }

  /** Escapes LIKE's wildcards in a value used as a prefix. */
  static String likePrefix(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
