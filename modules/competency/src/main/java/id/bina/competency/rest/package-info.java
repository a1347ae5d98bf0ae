/** REST resources of the competency module under /api/v1. */
package id.bina.competency.rest;
