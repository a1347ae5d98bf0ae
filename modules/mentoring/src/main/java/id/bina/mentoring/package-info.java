/**
 * Mentoring module, published API: programmes ({@link id.bina.mentoring.MentoringProgrammes}), the mentor pool
 * and matching ({@link id.bina.mentoring.MentorPool}), mentor-mentee assignments with their agreement
 * ({@link id.bina.mentoring.MentoringAssignments}), coaching session logs
 * ({@link id.bina.mentoring.MentoringSessions}), HR's follow-up, anonymous feedback aggregates and goal
 * outcomes ({@link id.bina.mentoring.MentoringFollowUp}); event
 * {@link id.bina.mentoring.MentoringSessionConfirmed} (JP for the yearly 20 JP). Sub-packages are internal.
 * May use: platform, competency.
 */
package id.bina.mentoring;
