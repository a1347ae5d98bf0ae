/** Evaluation's entities and the arithmetic of its measures (normalised gain, confidence intervals, ROI). */
package id.bina.evaluation.domain;
