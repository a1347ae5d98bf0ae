/**
 * Level 3 (behaviour) and mentoring effectiveness: levels before when a class is recorded, the follow-up
 * that turns into supervisors' re-assessment tasks when due, the before/after report, and the comparison of
 * mentees with people who were not mentored.
 */
package id.bina.evaluation.application.behaviour;
