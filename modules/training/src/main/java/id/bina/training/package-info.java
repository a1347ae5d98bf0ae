/**
 * Training module, published API: catalog ({@link id.bina.training.Catalog}: courses and their classes),
 * {@link id.bina.training.Enrolments} (seats, approval, waitlist), {@link id.bina.training.TrainingRecords} (my JP
 * and certificates, who is below the JP target), the {@link id.bina.training.JpLedger} (the 20 JP a year) and
 * the event {@link id.bina.training.TrainingCompleted}; later the agency's annual training plan.
 * Sub-packages are internal. May use: platform, competency.
 */
package id.bina.training;
