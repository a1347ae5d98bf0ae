/**
 * Competency module, published API: the competency dictionary (technical, managerial, sosial kultural),
 * proficiency levels 1-5, position competency standards, employee profiles and gap analysis, competency
 * evidence and its review (event {@link id.bina.competency.EvidenceAccepted}). Sub-packages
 * are internal. May use: platform.
 */
package id.bina.competency;
