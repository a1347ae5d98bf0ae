package id.bina.training.archfixture;

import id.bina.platform.organisation.domain.Employee;

/** A deliberate violation, only for ModuleBoundariesTest to prove its rule fails on it. */
public class ReachesIntoPlatformInternals {
  Employee employee;
}
