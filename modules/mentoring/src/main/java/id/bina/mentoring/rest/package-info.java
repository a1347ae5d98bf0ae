/** REST resources of the mentoring module under /api/v1/mentoring. */
package id.bina.mentoring.rest;
