package id.bina.training.domain.plan;

/** What an IDP activity is: a class of the catalog, a course without a class yet, mentoring, or another non-classical route. */
public enum ActivityKind {
  CLASS,
  COURSE,
  MENTORING,
  NON_CLASSICAL
}
