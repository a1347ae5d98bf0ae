/** Level 3 (behaviour): the supervisor's re-assessment task and the arithmetic of before/after comparisons. */
package id.bina.evaluation.domain.behaviour;
