/** Use cases of the training catalog, scoped to the caller's agency: courses, classes, search, recommendations. */
package id.bina.training.application;
