/**
 * Training module, published API: catalog ({@link id.bina.training.Catalog}: courses and their classes), the
 * {@link id.bina.training.JpLedger} (the 20 JP a year), {@link id.bina.training.EnrolmentStatus}, the event
 * {@link id.bina.training.TrainingCompleted}; later the agency's annual training plan.
 * Sub-packages are internal. May use: platform, competency.
 */
package id.bina.training;
