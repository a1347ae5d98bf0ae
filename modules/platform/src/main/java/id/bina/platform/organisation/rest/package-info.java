/** REST resources of the organisation model under /api/v1. */
package id.bina.platform.organisation.rest;
