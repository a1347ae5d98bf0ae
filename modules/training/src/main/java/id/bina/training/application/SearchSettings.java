package id.bina.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PostgreSQL text search configuration of the catalog search ({@code bina.training.search-config},
 * default {@code indonesian}, which stems Indonesian words: "pelatihan" and "melatih" both find "latih").
 * A database without it falls back to {@code simple}. Courses indexed with another configuration are
 * re-indexed once, on first use, so a changed setting never leaves the index and the queries disagreeing.
 */
@ApplicationScoped
public class SearchSettings {

  private static final Logger LOG = Logger.getLogger(SearchSettings.class.getName());

  @PersistenceContext(unitName = "bina")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "bina.training.search-config", defaultValue = "indonesian")
  String wanted;

  private volatile String effective;

  /** The configuration in force; the first call checks it exists and re-indexes courses if needed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String config() {
    String known = effective;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (effective == null) {
        String name = wanted == null ? "" : wanted.trim();
        boolean exists =
            name.matches("^[a-z_]{1,63}$")
                && ((Number)
                            em.createNativeQuery("SELECT count(*) FROM pg_catalog.pg_ts_config WHERE cfgname = ?1")
                                .setParameter(1, name)
                                .getSingleResult())
                        .longValue()
                    > 0;
        if (!exists) {
          LOG.warning(() -> "Text search configuration '" + wanted + "' is not in this database; the catalog uses 'simple'");
          name = "simple";
        }
        int reindexed =
            em.createNativeQuery("UPDATE training.course SET search_config = ?1 WHERE search_config <> ?1")
                .setParameter(1, name)
                .executeUpdate();
        if (reindexed > 0) {
          String used = name;
          LOG.info(() -> "Re-indexed " + reindexed + " course(s) for text search configuration '" + used + "'");
        }
        effective = name;
      }
      return effective;
    }
  }
}
