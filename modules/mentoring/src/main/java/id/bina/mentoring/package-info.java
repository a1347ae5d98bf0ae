/**
 * Mentoring module, published API: mentor pool, mentor-mentee assignments, coaching sessions, goals and
 * confidential notes. Sub-packages are internal. May use: platform, competency.
 */
package id.bina.mentoring;
