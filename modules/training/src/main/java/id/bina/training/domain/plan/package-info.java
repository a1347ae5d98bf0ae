/**
 * Development plans: a civil servant's yearly individual development plan (IDP) with the gaps chosen and the
 * activities planned, the SKP performance ratings imported for the performance-gap analysis, and the agency's
 * annual competency development plan (PP 11/2017 art. 205-207) with its lines.
 */
package id.bina.training.domain.plan;
