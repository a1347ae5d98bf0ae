/** Entities of the organisation model, with the rules they guard. */
package id.bina.platform.organisation.domain;
