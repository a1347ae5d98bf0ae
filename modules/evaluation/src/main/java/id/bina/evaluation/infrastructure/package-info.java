/** Evaluation's outputs in files: the PDF evaluation report. */
package id.bina.evaluation.infrastructure;
