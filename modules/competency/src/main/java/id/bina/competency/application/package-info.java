/** Use cases of the competency dictionary, scoped to the caller's agency and the national dictionary. */
package id.bina.competency.application;
