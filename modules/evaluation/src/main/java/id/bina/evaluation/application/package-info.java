/** Evaluation's services: recording completed classes, surveys, tests, follow-ups and the reports over them. */
package id.bina.evaluation.application;
