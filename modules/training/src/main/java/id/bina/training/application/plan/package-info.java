/**
 * Use cases of development plans, scoped to the caller's agency: individual development plans and their
 * approval, the SKP ratings import, the agency's annual plan with its proposals, figures and export.
 */
package id.bina.training.application.plan;
