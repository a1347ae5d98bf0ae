/**
 * Training module, published API: catalog ({@link id.bina.training.Catalog}: courses and their classes), and
 * later enrolment, attendance, completion, the 20 JP a year and the agency's annual training plan.
 * Sub-packages are internal. May use: platform, competency.
 */
package id.bina.training;
