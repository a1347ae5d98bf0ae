package id.bina.training.domain.plan;

/** An agency's annual plan is built as a DRAFT and APPROVED by another HR manager; an approved plan is not edited. */
public enum AgencyPlanStatus {
  DRAFT,
  APPROVED
}
