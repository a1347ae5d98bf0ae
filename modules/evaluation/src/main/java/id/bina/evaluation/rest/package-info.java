/** Evaluation's REST resources: thin, one service call each. */
package id.bina.evaluation.rest;
