/** REST resources of the training catalog under /api/v1: courses and classes. */
package id.bina.training.rest;
