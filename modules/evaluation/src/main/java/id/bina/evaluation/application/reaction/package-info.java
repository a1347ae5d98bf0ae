/**
 * Level 1 (reaction): questionnaires HR builds, the surveys sent when a class is recorded (and the follow-up
 * questionnaire when the level-3 follow-up falls due), anonymous answers, and the results with their privacy
 * rules (closed window, smallest group shown).
 */
package id.bina.evaluation.application.reaction;
