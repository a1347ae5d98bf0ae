package id.bina.evaluation.application;

import id.bina.evaluation.domain.Statistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The statistics every report uses: the smallest group shown and the confidence of intervals (configurable). */
@ApplicationScoped
public class EvaluationSettings {

  @Inject
  @ConfigProperty(name = "bina.evaluation.min-group", defaultValue = "5")
  int minimumGroup;

  @Inject
  @ConfigProperty(name = "bina.evaluation.confidence", defaultValue = "0.95")
  double confidence;

  @Produces
  Statistics statistics() {
    // Below 5, anonymity breaks before statistics do: the issue and the mentoring feedback both use 5.
    return new Statistics(Math.max(5, minimumGroup), confidence);
  }
}
