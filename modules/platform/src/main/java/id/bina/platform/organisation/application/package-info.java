/** Use cases of the organisation model, each scoped to the caller's agency and role. */
package id.bina.platform.organisation.application;
