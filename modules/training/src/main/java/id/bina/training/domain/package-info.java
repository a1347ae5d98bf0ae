/** The catalog's entities: courses with their target competencies, prerequisites and eligibility; classes. */
package id.bina.training.domain;
