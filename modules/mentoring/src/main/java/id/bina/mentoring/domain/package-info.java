/**
 * Mentoring's entities and rules: programmes, the mentor pool, assignments with their agreement, session
 * logs with agreed actions, anonymous feedback; and the matching score and follow-up rules, as plain code.
 */
package id.bina.mentoring.domain;
